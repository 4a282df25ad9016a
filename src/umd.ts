// The script-tag build: everything `window.Kindly` exposes.
export { detect } from './detect/index';
export { version } from './version';
