// Validators: each returns the cleaned value, or `undefined` when the value is unusable.
// Attribute values arrive as strings, JS options as their own types: both are accepted.

type Check = (v: unknown) => unknown;

const supports = (prop: string, v: string, fallback: RegExp): boolean =>
  // CSS.supports is the browser's own parser; jsdom and old engines get a conservative pattern.
  !/[;{}<>\\]/.test(v) && (typeof CSS != 'undefined' && CSS.supports ? CSS.supports(prop, v) : fallback.test(v));

/** A non-empty string. */
export const text: Check = (v) => (typeof v == 'string' && v.trim() ? v : undefined);

/** One of a fixed set of strings. */
export const oneOf =
  (values: string): Check =>
  (v) =>
    values.split(' ').includes(v as string) ? v : undefined;

/**
 * A number in [min, max] (strings are parsed); integers only when asked. The default max is
 * the largest timer delay: above it browsers fire `setTimeout` at once.
 */
export const num =
  (min: number, integer?: boolean, max = 2147483647): Check =>
  (v) => {
    const n = typeof v == 'string' && v.trim() ? Number(v) : v;
    return typeof n == 'number' && n >= min && n <= max && (!integer || n % 1 == 0) ? n : undefined;
  };

/** `true`/`false`; a bare attribute (`data-preview`) or `"true"` is true. */
export const bool: Check = (v) => (v === true || v === '' || v === 'true' ? true : v === false || v === 'false' ? false : undefined);

/** An absolute `http:`/`https:` URL (relative ones resolve against the page); never `javascript:`, `data:`… */
export const url: Check = (v) => {
  try {
    // Without a page (SSR) only absolute URLs can be resolved.
    const u = new URL(v as string, typeof location == 'object' ? location.href : undefined);
    return typeof v == 'string' && /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
};

/** A CSS selector the browser can parse. */
export const selector: Check = (v) => {
  try {
    return text(v) && (document.createDocumentFragment().querySelector(v as string), v);
  } catch {
    return undefined;
  }
};

/** A value the browser accepts for a CSS property: colours, radius lengths, font families. */
export const css =
  (prop: string, fallback: RegExp): Check =>
  (v) =>
    typeof v == 'string' && supports(prop, v, fallback) ? v : undefined;

/** A list of non-empty strings, from an array or a comma-separated attribute. */
export const list: Check = (v) => {
  const items = typeof v == 'string' ? v.split(',') : v;
  if (!Array.isArray(items) || !items.every((s) => typeof s == 'string')) return undefined;
  const clean = items.map((s: string) => s.trim()).filter(Boolean);
  return clean.length ? clean : undefined;
};

/** A function (callbacks). */
export const fn: Check = (v) => (typeof v == 'function' ? v : undefined);
