/** The prompt file's name, next to the loader in `dist/`. */
export const PROMPT_FILE = 'politely-prompt.js';
/** The consent gate's file (IAB TCF v2, consent events), fetched only with `requireConsent`. */
export const CONSENT_FILE = 'politely-consent.js';
/** The confirming requests (detection), fetched only after an ad script failed or a stand-in answered it. */
export const CONFIRM_FILE = 'politely-confirm.js';
/** The diagnostics file's name ("did you mean", the debug log), next to the loader. */
export const DIAGNOSTICS_FILE = 'politely-diagnostics.js';

/**
 * Where a file of the script tag is by default: next to the loader's own file, so that
 * self-hosting means copying `dist/` as it is. Without the loader's tag (see the caller), the
 * document's own folder.
 */
export const besideLoader = (file: string, script: HTMLScriptElement | null): string => new URL(file, script?.src || document.baseURI).href;
