import { warn } from '../contain/warn';
import type { Check } from './checks';
import { builtIn, LANGUAGES, pageLanguage } from './languages';
import { OPTIONS } from './options';
import { suggest } from './suggest';
import { TEXT_KEYS } from './texts';
import type { PolitelyOptions, ResolvedOptions } from './types';

/** Every option name, in the table's order (the order warnings appear in). */
export const OPTION_NAMES = Object.keys(OPTIONS) as (keyof typeof OPTIONS)[];

/** `dismissDays` → `data-dismiss-days`. */
export const attrName = (key: string): string => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** A value for a warning; one whose `toString` throws or is missing must not break the warning. */
export const shown = (v: unknown): string => {
  try {
    return typeof v == 'string' ? JSON.stringify(v) : String(v);
  } catch {
    return typeof v;
  }
};

/** "x is not an option: did you mean y?" (or "; ignored" when nothing is close). */
export const unknownName = (name: string, known: string[], label = (k: string) => k) => {
  const meant = suggest(name, known);
  warn(`${label(name)} is not an option${meant ? `: did you mean ${label(meant)}?` : '; ignored'}`);
};

/** Own properties only: a polluted `Object.prototype` must not become an option. */
const own = (o: object, key: string): unknown => (Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);

/**
 * Validates options (from `init()` or, with `fromAttributes`, from a script tag's `data-*`
 * attributes) into a frozen object without a prototype: defaults filled in, the language chosen.
 * Only own properties are read. A bad value logs one warning naming the option or attribute,
 * what it accepts and what is used instead; an unknown option names the one probably meant.
 * Never throws.
 */
export function resolveOptions(input?: PolitelyOptions, fromAttributes?: boolean): ResolvedOptions {
  const label = (key: string) => (fromAttributes ? attrName(key) : key);
  const bad = (key: string, v: unknown, accepts: string, instead: unknown) =>
    warn(
      `${label(key)}${fromAttributes ? '=' : ': '}${shown(v)} is not ${accepts}; ${instead === undefined ? 'ignored, as if not set' : 'using ' + instead}`,
    );
  const out = Object.create(null);
  const raw: object = input && typeof input == 'object' ? input : {};
  if (input !== undefined && raw != input) bad('options', input, 'an object', 'the defaults');
  if (!fromAttributes)
    for (const key of Object.keys(raw)) if (!Object.hasOwn(OPTIONS, key) && key != 'texts') unknownName(key, OPTION_NAMES);
  for (const key of OPTION_NAMES) {
    const [check, fallback] = OPTIONS[key] as unknown as [Check<unknown>, unknown];
    const v = own(raw, key);
    const ok = v === undefined ? undefined : check(v);
    if (v !== undefined && ok === undefined) bad(key, v, check.accepts, fallback === undefined ? undefined : shown(fallback));
    out[key] = ok ?? fallback;
  }
  const texts = Object.create(null);
  const rawTexts = own(raw, 'texts');
  if (rawTexts !== undefined && (typeof rawTexts != 'object' || !rawTexts)) bad('texts', rawTexts, 'an object', 'the built-in texts');
  else if (rawTexts)
    for (const key of TEXT_KEYS) {
      const v = own(rawTexts, key);
      if (typeof v == 'string' && v.trim()) texts[key] = v;
      else if (v !== undefined) bad(fromAttributes ? key : 'texts.' + key, v, 'a non-empty string', 'the built-in text');
    }
  out.texts = Object.freeze(texts);
  out.lang = builtIn(out.locale) || pageLanguage();
  if (out.locale && !builtIn(out.locale)) bad('locale', out.locale, `a built-in language (${LANGUAGES.join(', ')})`, out.lang);
  if (out.mode == 'inline' && !out.target) warn(`${label('mode')} "inline" needs ${label('target')}, a CSS selector; showing a banner`);
  return Object.freeze(out);
}
