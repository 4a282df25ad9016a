export { init } from './init';
export type { KindlyController } from './controller';
