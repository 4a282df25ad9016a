import { attrName, OPTION_NAMES, type UnknownName } from './resolve';
import { TEXT_KEYS } from './texts';
import type { PolitelyOptions } from './types';

/** The `data-*` names that are options or texts (callbacks can't come from attributes). */
const ATTRIBUTE_KEYS: readonly string[] = [...OPTION_NAMES.filter((k) => !/^(on[A-Z]|shouldShow)/.test(k)), ...TEXT_KEYS];

/**
 * Reads a script tag's `data-*` attributes into raw options (strings, validated later by
 * `resolveOptions(raw, true)`), into objects without a prototype. Texts go to `texts`. An unknown
 * `data-*` attribute goes to `unknown`, to be explained with the one probably meant: a typo, a
 * synonym (`data-placement` → `data-mode`) or the camelCase spelling (`data-supportUrl`, which
 * HTML lowercases).
 */
export function readAttributes(el: Element, unknown: UnknownName[] = []): PolitelyOptions {
  const out = Object.create(null);
  const texts = (out.texts = Object.create(null));
  for (const { name, value } of el.attributes) {
    // `data-dismiss-days` → `dismissDays`.
    const key = name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!name.startsWith('data-') || key == 'politely' || key == 'auto') continue;
    if (!ATTRIBUTE_KEYS.includes(key)) unknown.push({ name: attrName(key), known: ATTRIBUTE_KEYS.map(attrName), attribute: true });
    else ((TEXT_KEYS as readonly string[]).includes(key) ? texts : out)[key] = value;
  }
  return out;
}

/** `data-auto="false"` opts out of auto-init. */
export const autoDisabled = (el: Element): boolean => el.getAttribute('data-auto') == 'false';
