/** The prompt file's name, next to the loader in `dist/`. */
export const PROMPT_FILE = 'politely-prompt.js';

/**
 * Where the prompt file is by default: next to the loader's own file, so that self-hosting means
 * copying `dist/` as it is. Without the loader's tag (see the caller), the page's own folder.
 */
export const defaultPromptUrl = (script: HTMLScriptElement | null): string => new URL(PROMPT_FILE, script?.src || location.href).href;
