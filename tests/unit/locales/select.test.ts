import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickLocale, STRINGS, TEXT_KEYS } from '../../../src/locales/index';

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.lang = '';
});
const nav = (languages: string[]) => vi.stubGlobal('navigator', { languages, language: languages[0] });

describe('pickLocale', () => {
  it('prefers the option over <html lang> and the browser', () => {
    document.documentElement.lang = 'fr';
    nav(['de-DE']);
    expect(pickLocale('es-MX').lang).toBe('es');
  });
  it('then <html lang>', () => {
    document.documentElement.lang = 'pt-BR';
    nav(['de-DE']);
    expect(pickLocale().lang).toBe('pt');
  });
  it('then navigator.languages, skipping unknown ones', () => {
    nav(['ja-JP', 'nl-BE', 'de']);
    expect(pickLocale('xx').lang).toBe('nl');
  });
  it('then English', () => {
    nav(['ja']);
    const l = pickLocale();
    expect(l.lang).toBe('en');
    expect(l.texts.title).toBe('Ads keep our journalism free');
  });
  it('Arabic is right to left, the others left to right', () => {
    expect(pickLocale('ar').dir).toBe('rtl');
    expect(pickLocale('ar-EG').dir).toBe('rtl');
    expect(pickLocale('pl').dir).toBe('ltr');
  });
  it('overrides single texts', () => {
    const l = pickLocale('de', { cta: 'Abo' });
    expect(l.texts.cta).toBe('Abo');
    expect(l.texts.dismiss).toBe('Jetzt nicht');
  });
  it('ships the ten languages, each with every text, none accusatory', () => {
    expect(Object.keys(STRINGS).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'tr']);
    for (const [lang, line] of Object.entries(STRINGS)) {
      const values = line.split('|');
      expect(values, lang).toHaveLength(TEXT_KEYS.length);
      expect(
        values.every((v) => v.trim()),
        lang,
      ).toBe(true);
      expect(values[TEXT_KEYS.indexOf('step1')], lang).toContain('{b}');
    }
    expect(STRINGS.en).not.toMatch(/detected|disable your/i);
  });
});
