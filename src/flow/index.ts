// The flow that decides, and the controller around it.
export { createController, type PolitelyController, type ViewSource } from './controller';
export type { CreateView, Host, Phase, View, ViewModule } from './contract';
export { emit } from './events';
export { placement } from './placement';
export { lifetime, type Lifetime } from './lifetime';
