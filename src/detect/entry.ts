// politely/detect: detection alone, no UI, no configuration. (The rest of Politely reaches
// detection through ./index.ts.)
export { detect } from './detect';
export type { DetectOptions, Signal, Signals, Verdict } from './types';

declare global {
  /** `document.addEventListener('politely:verdict', (e) => e.detail.blocked)` is typed. */
  interface DocumentEventMap {
    'politely:verdict': CustomEvent<import('./types').Verdict>;
  }
}
