// The prompt file: Preact, the prompt and its allowlist steps, styles and locales. Fetched by the
// loader only when the prompt is about to show.
export { createView } from './view';
export { version } from '../version';
