import { quoted, say, warn } from '../contain/index';
import { MAX_LENGTH, type Check } from './checks';
import { OPTIONS } from './options';
import { TEXT_KEYS } from './texts';
import type { PolitelyOptions, ResolvedOptions } from './types';

/** Every option name, in the table's order (the order warnings appear in). */
export const OPTION_NAMES = Object.keys(OPTIONS) as (keyof typeof OPTIONS)[];

/** `dismissDays` → `data-dismiss-days`. */
export const attrName = (key: string): string => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** A name that is not an option, for the "did you mean" warning (see `src/diagnostics`). */
export interface UnknownName {
  name: string;
  known: readonly string[];
  /** Written as a `data-*` attribute (`data-placement`), not an option (`placement`). */
  attribute: boolean;
}

/**
 * Validates options (from `init()` or, with `fromAttributes`, from a script tag's `data-*`
 * attributes) into a frozen object without a prototype, defaults filled in.
 * Only own properties are read, and an object that cannot be read (a Proxy whose traps throw)
 * counts as no options. A bad value logs one warning naming the option or attribute, what it
 * accepts and what is used instead; names that are not options go to `unknown`, to be explained
 * (with the name probably meant) by the diagnostics chunk. Never throws.
 */
export function resolveOptions(input?: PolitelyOptions, fromAttributes = false, unknown: UnknownName[] = []): ResolvedOptions {
  const label = (key: string) => (fromAttributes ? attrName(key) : key);
  const bad = (key: string, v: unknown, accepts: string, instead: unknown) =>
    warn(
      `${label(key)}${fromAttributes ? '=' : ': '}${quoted(v)} is not ${accepts}; ${instead === undefined ? 'ignored, as if not set' : 'using ' + instead}`,
    );
  let unreadable: unknown;
  /** Own properties only: a polluted `Object.prototype` must not become an option. */
  const own = (o: object, key: string): unknown => {
    try {
      return Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
    } catch (e) {
      unreadable ??= e;
    }
  };
  /** A value, or `undefined` (with its warning) when it is longer than any option may be. */
  const bounded = (key: string, v: unknown, fallback: unknown) =>
    typeof v == 'string' && v.length > MAX_LENGTH ? bad(key, v, `at most ${MAX_LENGTH} characters long`, fallback) : v;
  const out = Object.create(null);
  const raw: object = input && typeof input == 'object' ? input : {};
  if (input !== undefined && raw != input) bad('options', input, 'an object', 'the defaults');
  if (!fromAttributes)
    try {
      for (const name of Object.keys(raw))
        if (!Object.hasOwn(OPTIONS, name) && name != 'texts') unknown.push({ name, known: OPTION_NAMES, attribute: false });
    } catch (e) {
      unreadable ??= e;
    }
  for (const key of OPTION_NAMES) {
    const [check, fallback] = OPTIONS[key] as unknown as [Check<unknown>, unknown];
    const quotedFallback = fallback === undefined ? undefined : quoted(fallback);
    const v = bounded(key, own(raw, key), quotedFallback);
    const ok = v === undefined ? undefined : check(v);
    if (v !== undefined && ok === undefined) bad(key, v, check.accepts, quotedFallback);
    out[key] = ok ?? fallback;
  }
  const texts = Object.create(null);
  const rawTexts = own(raw, 'texts');
  if (rawTexts !== undefined && (typeof rawTexts != 'object' || !rawTexts)) bad('texts', rawTexts, 'an object', 'the built-in texts');
  else if (rawTexts)
    for (const key of TEXT_KEYS) {
      const name = fromAttributes ? key : 'texts.' + key;
      const v = bounded(name, own(rawTexts, key), 'the built-in text');
      if (typeof v == 'string' && v.trim()) texts[key] = v;
      else if (v !== undefined) bad(name, v, 'a non-empty string', 'the built-in text');
    }
  if (unreadable) say('optionsUnreadable', [], unreadable);
  out.texts = Object.freeze(texts);
  if (out.mode == 'inline' && !out.target) say('inlineNoTarget', [label('mode'), label('target')]);
  if (!out.supportUrl) say('noSupport', [label('supportUrl')]);
  return Object.freeze(out);
}
