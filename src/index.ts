// The npm entry, `politely`: the same loader as the script tag, as named exports. The prompt is a
// dynamic import, so bundlers split it (and Preact) into a chunk loaded only when it shows.
import { createStarter, useDiagnostics } from './api/index';
import type { ViewModule } from './flow/index';

export { detect } from './detect/index';
export type { DetectOptions, Signal, Signals, Verdict } from './detect/index';
export { consent } from './api/index';
export { version } from './version';
export type { PolitelyApi, PolitelyController, PolitelyQueue } from './api/index';
import type { PolitelyApi, PolitelyQueue } from './api/index';
import type { PolitelyEventMap } from './config/index';
export type { PolitelyOptions, Texts } from './config/index';
export type {
  ActionDetail,
  BlockerId,
  DismissDetail,
  ErrorDetail,
  HideDetail,
  Mode,
  PolitelyEventMap,
  ShowDetail,
  StorageKind,
  Theme,
} from './config/index';

const starter = createStarter(
  (o) => ({
    _url: o.promptSrc || 'the prompt chunk',
    _load: () => (o.promptSrc ? import(/* @vite-ignore */ o.promptSrc) : import('./view/index')) as Promise<ViewModule>,
  }),
  useDiagnostics(() => import('./diagnostics/index')),
  () => import('./consent/index'),
);

/**
 * Starts Politely: waits for detection and, when an ad blocker is at work and the frequency rules
 * allow it, shows the support prompt (its code is fetched then). Never throws; invalid options are
 * warned about and replaced by their defaults.
 *
 * A second call on the same page warns and returns the existing controller (so a snippet
 * included twice shows one prompt); `destroy()` it first to start over with new options.
 *
 * @example
 * const politely = init({ supportUrl: '/support', mode: 'corner' });
 * document.addEventListener('politely:action', (e) => analytics.track(e.detail.action));
 */
export const init = starter.init;

declare global {
  /** `document.addEventListener('politely:action', (e) => e.detail.action)` is typed. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends PolitelyEventMap {}
  interface Window {
    /** The script tag's API, once `politely.js` has run (unless another script owns the name). */
    Politely?: PolitelyApi;
    /** Functions to call with the API once the script tag has loaded (at once after that). */
    politelyQueue?: PolitelyQueue;
  }
}
