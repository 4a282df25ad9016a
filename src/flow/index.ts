// The flow that decides, and the controller around it.
export { createController, type ControllerSources, type PolitelyController } from './controller';
export type { DiagnosticsModule, DebugEntry, Host, ShowRequest, View, ViewModule } from './contract';
export type { Decision, Facts, Why } from './decide';
export { emit } from './events';
export { diagnosticsLoader, type ViewSource } from './sources';
export type { Lifetime } from './lifetime';
