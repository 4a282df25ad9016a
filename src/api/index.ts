// The public API's pieces: init() for a given source of the prompt's code.
export { createStarter, type Starter } from './init';
export type { PolitelyController } from '../flow/index';
export type { PolitelyApi, PolitelyQueue } from './types';
