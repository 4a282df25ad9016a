export * from './detect/index';
export { version } from './version';
