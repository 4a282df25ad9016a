import { quoted, safeRead, warn } from '../contain/index';
import type { Texts } from '../config/index';
import type { Locale } from './locales/types';

/** The built-in languages, each a file of its own: a reader downloads the prompt and exactly one of them. */
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

/** The built-in language of a language tag, by its primary subtag (`pt-BR` → `pt`), if there is one. */
const builtIn = (tag: unknown): string | undefined => {
  const primary = String(tag || '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return Object.hasOwn(LOCALES, primary) ? primary : undefined;
};

/**
 * The language the prompt speaks: the `locale` option if it is built in, else the first of
 * `<html lang>` and the browser's languages that is, else English. A `locale` that is not built
 * in is warned about, naming the language used instead.
 */
export function chooseLanguage(locale: string | undefined): string {
  const asked = [safeRead(() => document.documentElement.lang), ...(safeRead(() => navigator.languages) || [])];
  const lang = builtIn(locale) || asked.map(builtIn).find(Boolean) || 'en';
  if (locale && !builtIn(locale))
    warn(`locale ${quoted(locale)} is not a built-in language (${Object.keys(LOCALES).join(', ')}); using ${lang}`);
  return lang;
}

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
