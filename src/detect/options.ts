import type { DetectOptions } from './types';

/** Detection's defaults, stated once: the options table of `init()` leaves them to detection. */
export const DETECT_DEFAULTS = { timeout: 600 } as const;

/**
 * Reads `detect()`'s options into an object of its own: own properties only (a polluted
 * `Object.prototype` must not turn the bait off), read once (the page may change its object
 * later). Options that cannot be read (a Proxy whose traps throw, a getter that throws) are
 * warned about and the defaults used: `detect()` never throws.
 */
export function readDetectOptions(options: unknown): DetectOptions {
  try {
    const copy: DetectOptions = Object.assign(Object.create(null), options);
    // Values of another type are left out, so that their defaults apply.
    if (typeof copy.timeout != 'number') delete copy.timeout;
    if (typeof copy.probeUrl != 'string') delete copy.probeUrl;
    // The page's array would stay the page's: copy it, strings only.
    copy.adScripts = Array.isArray(copy.adScripts) ? copy.adScripts.filter((url: unknown) => typeof url == 'string' && url) : [];
    return copy;
  } catch (e) {
    console.warn('[politely] detect(): its options could not be read, so the defaults are used:', e);
    return { adScripts: [] };
  }
}
