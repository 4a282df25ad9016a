import { TEXT_KEYS, type Texts } from '../config/texts';
import { RTL, STRINGS } from './strings';

/** The prompt's texts in a built-in language, with the publisher's overrides, and its direction. */
export function textsFor(lang: string, overrides: Partial<Texts>): { texts: Texts; dir: 'ltr' | 'rtl' } {
  const values = (Object.hasOwn(STRINGS, lang) ? STRINGS[lang] : STRINGS.en).split('|');
  const texts = {} as Texts;
  TEXT_KEYS.forEach((key, i) => (texts[key] = (Object.hasOwn(overrides, key) && overrides[key]) || values[i]));
  return { texts, dir: RTL.includes(lang) ? 'rtl' : 'ltr' };
}
