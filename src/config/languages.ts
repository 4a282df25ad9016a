import { safeRead } from '../contain/index';

/** The built-in languages, by primary subtag. The prompt chunk holds their texts. */
export const LANGUAGES = 'en de fr es it pt nl pl tr ar'.split(' ');

const primary = (tag: unknown) =>
  String(tag || '')
    .toLowerCase()
    .split(/[-_]/)[0];

/**
 * The built-in language for a language tag (matched by primary subtag: `pt-BR` → `pt`), or
 * `undefined` when none is built in.
 */
export const builtIn = (tag: unknown): string | undefined => (LANGUAGES.includes(primary(tag)) ? primary(tag) : undefined);

/** The language the page and the browser ask for: `<html lang>`, then `navigator.languages`, else English. */
export const pageLanguage = (): string =>
  [safeRead(() => document.documentElement.lang), ...(safeRead(() => navigator.languages) || [])].map(builtIn).find(Boolean) || 'en';
