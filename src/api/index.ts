export { init } from './init';
export type { PolitelyController } from './controller';
