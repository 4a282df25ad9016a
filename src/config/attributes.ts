import { TEXT_KEYS } from '../locales/texts';
import { SPEC } from './resolve';
import type { PolitelyOptions } from './types';

/**
 * Reads a script tag's `data-*` attributes into raw options (strings, validated later by
 * `resolveOptions(raw, true)`). Texts go to `texts`; callbacks can't come from attributes.
 * Unknown `data-*` attributes are ignored.
 */
export function readAttributes(el: HTMLElement): PolitelyOptions {
  const out: Record<string, unknown> = {};
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(el.dataset)) {
    if (TEXT_KEYS.includes(key as never)) texts[key] = value as string;
    else if (Object.hasOwn(SPEC, key) && !key.startsWith('on')) out[key] = value;
  }
  out.texts = texts;
  return out as PolitelyOptions;
}

/** `data-auto="false"` opts out of auto-init. */
export const autoDisabled = (el: HTMLElement): boolean => el.dataset.auto == 'false';
