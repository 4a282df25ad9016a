import { attrName, OPTION_NAMES, unknownName } from './resolve';
import { TEXT_KEYS } from './texts';
import type { PolitelyOptions } from './types';

/**
 * Reads a script tag's `data-*` attributes into raw options (strings, validated later by
 * `resolveOptions(raw, true)`), into objects without a prototype. Texts go to `texts`; callbacks
 * (`shouldShow`, `on…`) can't come from attributes. An unknown `data-*` attribute is warned about,
 * naming the one probably meant: a typo, a synonym (`data-placement` → `data-mode`) or the
 * camelCase spelling (`data-supportUrl`, which HTML lowercases).
 */
export function readAttributes(el: Element): PolitelyOptions {
  const out = Object.create(null);
  const texts = (out.texts = Object.create(null));
  const names = [...OPTION_NAMES.filter((k) => !/^(on[A-Z]|shouldShow)/.test(k)), ...TEXT_KEYS] as string[];
  for (const { name, value } of el.attributes) {
    // `data-dismiss-days` → `dismissDays`.
    const key = name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!name.startsWith('data-') || key == 'politely' || key == 'auto') continue;
    if (!names.includes(key)) unknownName(key, names, attrName);
    else ((TEXT_KEYS as string[]).includes(key) ? texts : out)[key] = value;
  }
  return out;
}

/** `data-auto="false"` opts out of auto-init. */
export const autoDisabled = (el: Element): boolean => el.getAttribute('data-auto') == 'false';
