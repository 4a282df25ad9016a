// The public API's pieces: init() for given sources of the code fetched when needed, and consent().
export { consent } from './consent';
export { createStarter, useDiagnostics, type Starter } from './init';
export type { PolitelyController } from '../flow/index';
export type { PolitelyApi, PolitelyQueue } from './types';
