// The script-tag loader, `dist/politely.js`: configuration, the queue, consent, suppression,
// storage and frequency rules, detection, events and the decision to show. The prompt itself is
// the second file, `politely-prompt.js`, fetched only when it is about to show; the words for
// "did you mean" and the debug log are a third, `politely-diagnostics.js`, fetched only when
// there is something to say.
import { guard, say } from '../contain/index';
import { consent, createStarter, useDiagnostics, type Starter } from '../api/index';
import type { ConsentModule } from '../consent/index';
import { detect, fetchConfirmationFrom } from '../detect/index';
import type { DiagnosticsModule, ViewModule } from '../flow/index';
import { drainQueue } from '../queue/index';
import { version } from '../version';
import { autoInit } from './auto';
import { installGlobal } from './global';
import { besideLoader, CONFIRM_FILE, CONSENT_FILE, DIAGNOSTICS_FILE, PROMPT_FILE } from './files';

/** Where the first copy of the script on a page keeps its API and starter (a symbol, not a global). */
const REGISTRY = Symbol.for('politely');
/** `auto`: a copy's tag has already asked to start from its `data-*` attributes. */
type Registered = { api: { version: string }; starter: Starter; auto: boolean };

guard(() => {
  if (typeof document != 'object') return;
  // Only set while this script runs: read it now (it works for async and defer too). Some
  // loaders (wrappers that run scripts later) leave it null: the page's tag is then found by name.
  const script = (document.currentScript || document.querySelector('script[data-politely][src]')) as HTMLScriptElement | null;
  // The words of this copy's warnings, fetched from beside it when there is something to say.
  const diagnostics = useDiagnostics(() => import(/* @vite-ignore */ besideLoader(DIAGNOSTICS_FILE, script)) as Promise<DiagnosticsModule>);
  const d = document as unknown as Record<symbol, Registered | undefined>;
  const first = d[REGISTRY];
  if (first) {
    // Loaded twice (a CMS plugin and the theme): one API, one controller, whatever the order.
    say('loadedTwice', [first.api.version, version]);
    // Two plain tags: the first waits for DOMContentLoaded, so only one of them may ask to start.
    if (!first.auto) first.auto = autoInit(script, first.starter);
    return;
  }
  const promptUrl = besideLoader(PROMPT_FILE, script);
  const consentUrl = besideLoader(CONSENT_FILE, script);
  const confirmUrl = besideLoader(CONFIRM_FILE, script);
  fetchConfirmationFrom(() => import(/* @vite-ignore */ confirmUrl));
  const starter = createStarter(
    (o) => {
      const url = o.promptSrc || promptUrl;
      // A failed import() is remembered by the browser for its URL: a retry asks for a fresh one.
      return {
        _url: url,
        _load: (attempt) =>
          import(/* @vite-ignore */ attempt ? url + (url.includes('?') ? '&' : '?') + 'retry=' + attempt : url) as Promise<ViewModule>,
      };
    },
    diagnostics,
    () => import(/* @vite-ignore */ consentUrl) as Promise<ConsentModule>,
  );
  const api = { init: starter.init, detect, consent, version };
  const registered: Registered = { api, starter, auto: false };
  Object.defineProperty(d, REGISTRY, { value: registered, configurable: true });
  installGlobal(api);
  registered.auto = autoInit(script, starter);
  // After this script has run, so the queue's functions see the whole API.
  queueMicrotask(guard(() => drainQueue(api)));
})();
