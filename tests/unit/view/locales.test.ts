// The built-in languages: each has every text, steps for every blocker, balanced `*` marks and the
// same `{site}` places as English, and only right-to-left languages say so; the language chosen
// for a page. A missing translation fails here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEXT_KEYS } from '../../../src/config/texts';
import { LOCALES, chooseLanguage, loadLocale } from '../../../src/view/locale';
import type { Locale } from '../../../src/view/locales/types';
import { BLOCKERS, blockerName } from '../../../src/view/steps';

const all: Record<string, Locale> = {};
for (const lang of Object.keys(LOCALES)) all[lang] = await loadLocale(lang);
const en = all.en;
const sites = (steps: string[]) => steps.join(' ').split('{site}').length - 1;

describe('the built-in languages', () => {
  it('are the ten the README lists', () => {
    expect(Object.keys(LOCALES)).toEqual(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ar']);
  });

  describe('the language a page gets', () => {
    afterEach(() => {
      document.documentElement.lang = '';
      vi.restoreAllMocks();
    });

    it('the locale option, by its primary subtag', () => {
      expect(chooseLanguage('pt-BR')).toBe('pt');
    });

    it('else <html lang>, else the browser’s languages, else English', () => {
      document.documentElement.lang = 'de-AT';
      expect(chooseLanguage(undefined)).toBe('de');
      document.documentElement.lang = 'xx';
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-SE', 'fr-CA']);
      expect(chooseLanguage(undefined)).toBe('fr');
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-SE']);
      expect(chooseLanguage(undefined)).toBe('en');
    });

    it('a locale that is not built in: one warning, naming the language used instead', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      document.documentElement.lang = 'de-AT';
      expect(chooseLanguage('xx')).toBe('de');
      expect(warn.mock.calls.map((c) => c[0])).toEqual([
        '[politely] locale "xx" is not a built-in language (en, de, fr, es, it, pt, nl, pl, tr, ar); using de',
      ]);
    });
  });

  it('only Arabic is written right to left', () => {
    expect(
      Object.entries(all)
        .filter(([, l]) => l.dir == 'rtl')
        .map(([lang]) => lang),
    ).toEqual(['ar']);
  });

  describe.each(Object.keys(LOCALES))('%s', (lang) => {
    const locale = all[lang];

    it('has every text but the publisher’s own note, none empty', () => {
      expect(Object.keys(locale.texts).sort()).toEqual(TEXT_KEYS.filter((k) => k != 'note').sort());
      for (const [key, text] of Object.entries(locale.texts)) expect(text.trim(), key).not.toBe('');
    });

    it('names every blocker in the picker', () => {
      for (const id of BLOCKERS) expect(blockerName(id, locale).trim(), id).not.toBe('');
    });

    it.each(BLOCKERS)('has steps for %s: one or more, each with balanced *labels*, and {site} where English has it', (id) => {
      const steps = locale.steps[id];
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        expect(step.trim()).not.toBe('');
        expect((step.split('*').length - 1) % 2, step).toBe(0);
        expect(step.length, step).toBeLessThanOrEqual(220);
      }
      expect(sites(steps)).toBe(sites(en.steps[id]));
    });

    it('has steps for no blocker the prompt does not know', () => {
      expect(Object.keys(locale.steps).sort()).toEqual([...BLOCKERS].sort());
    });
  });
});
