// The flow that decides, and the controller around it.
export { createController, type PolitelyController } from './controller';
export type { DiagnosticsModule, DebugEntry, Host, ShowRequest, View, ViewModule } from './contract';
export type { Why } from './decide';
export { diagnosticsLoader, type ViewSource } from './sources';
