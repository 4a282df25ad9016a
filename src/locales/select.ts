import { STRINGS, RTL } from './strings';
import { TEXT_KEYS, type Texts } from './texts';

/** The language the prompt speaks, its direction and its texts. */
export interface Locale {
  /** Primary subtag of the built-in strings used, e.g. `de`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  texts: Texts;
}

const primary = (tag: unknown) =>
  String(tag || '')
    .toLowerCase()
    .split(/[-_]/)[0];

/**
 * Picks the built-in strings: the first of `preferred` (the `locale` option), `<html lang>`,
 * `navigator.languages` whose primary subtag Politely knows, else English. `overrides` replace
 * single texts (non-empty strings only; the config module has already validated them).
 */
export function pickLocale(preferred?: string, overrides: Partial<Texts> = {}): Locale {
  let candidates: unknown[] = [preferred];
  try {
    candidates = candidates.concat(document.documentElement.lang, navigator.languages || navigator.language);
  } catch {
    // No DOM or navigator (SSR): English.
  }
  const lang =
    candidates
      .flat()
      .map(primary)
      .find((l) => STRINGS[l]) || 'en';
  const values = STRINGS[lang].split('|');
  const texts = {} as Texts;
  TEXT_KEYS.forEach((k, i) => (texts[k] = overrides[k] || values[i]));
  return { lang, dir: RTL.includes(lang) ? 'rtl' : 'ltr', texts };
}
