/** The prompt file's name, next to the loader in `dist/`. */
export const PROMPT_FILE = 'politely-prompt.js';

/**
 * Where the prompt file is by default: next to the loader's own file, so that self-hosting means
 * copying `dist/` as it is. Without `document.currentScript` (unusual loaders), the page's
 * `<script data-politely src>`, or else the page's own folder.
 */
export const defaultPromptUrl = (script: HTMLScriptElement | null): string =>
  new URL(PROMPT_FILE, (script || document.querySelector<HTMLScriptElement>('script[data-politely][src]'))?.src || location.href).href;
