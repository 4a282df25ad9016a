// The script-tag build: everything `window.Politely` exposes. Importing auto-init runs it while
// this script evaluates, when `document.currentScript` still points at our tag.
import { autoInit } from './auto';

import { init } from './api/index';
import { consent } from './consent/index';
import { detect } from './detect/index';
import { drainQueue } from './queue/index';
import { version } from './version';

export { consent, detect, init, version };

autoInit();
// After this script has run, so the queue's functions see the whole `Politely` global.
if (typeof window == 'object') queueMicrotask(() => drainQueue({ consent, detect, init, version }));
