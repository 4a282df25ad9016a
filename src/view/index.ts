// The prompt file: Preact, the prompt and its allowlist steps, and its styles; each language is a
// file of its own. Fetched by the loader only when the prompt is about to show.
export { createView } from './view';
export { version } from '../version';
