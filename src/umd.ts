// The script-tag build: everything `window.Kindly` exposes. Importing auto-init runs it while
// this script evaluates, when `document.currentScript` still points at our tag.
import { autoInit } from './auto';

export { detect } from './detect/index';
export { init } from './api/index';
export { version } from './version';

autoInit();
