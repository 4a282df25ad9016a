import type { Texts } from '../config/index';
import type { Locale } from './locales/types';

/**
 * The built-in languages, each a file of its own: a reader downloads the prompt and exactly one
 * of them. The loader's `LANGUAGES` lists the same subtags (a test checks).
 */
export const LOCALES: Record<string, () => Promise<{ default: Locale }>> = {
  en: () => import('./locales/en'),
  de: () => import('./locales/de'),
  fr: () => import('./locales/fr'),
  es: () => import('./locales/es'),
  it: () => import('./locales/it'),
  pt: () => import('./locales/pt'),
  nl: () => import('./locales/nl'),
  pl: () => import('./locales/pl'),
  tr: () => import('./locales/tr'),
  ar: () => import('./locales/ar'),
};

/** The locale of a built-in language (English for any other). */
export const loadLocale = async (lang: string): Promise<Locale> =>
  (await (Object.hasOwn(LOCALES, lang) ? LOCALES[lang] : LOCALES.en)()).default;

/**
 * The texts the prompt shows: the locale's, with the publisher's own on top. Without a support
 * link the message is the one that asks only to allowlist (the publisher's own `message` too,
 * if they gave one and no `messageAllowlist`): the prompt never asks for support it cannot link to.
 */
export function textsFor(locale: Locale, overrides: Readonly<Partial<Texts>>, hasSupport: boolean): Texts {
  const texts: Texts = { ...locale.texts, note: '', ...overrides };
  if (!hasSupport) texts.message = overrides.messageAllowlist ?? overrides.message ?? locale.texts.messageAllowlist;
  return texts;
}
