// politely/detect: detection alone, no UI, no configuration.
export { detect } from './detect';
export type { DetectOptions, Signal, Signals, Verdict } from './types';

declare global {
  /** `document.addEventListener('politely:verdict', (e) => e.detail.blocked)` is typed. */
  interface DocumentEventMap {
    'politely:verdict': CustomEvent<import('./types').Verdict>;
  }
}
