// Validators: each returns the cleaned value, or `undefined` when the value is unusable, and says
// in plain words what it accepts (`accepts`), for the warning. Attribute values arrive as strings,
// JS options as their own types: both are accepted. Every check runs in time linear in its input
// (and resolveOptions refuses strings longer than MAX_LENGTH before any check sees them), so that
// no value — a CMS field pasted twice, a megabyte of text — can hold up the page.

/** A validator and the words for what it accepts. */
export interface Check<T> {
  (value: unknown): T | undefined;
  accepts: string;
}

/** The longest string any option or attribute may hold. */
export const MAX_LENGTH = 2000;

const check = <T>(accepts: string, test: (v: unknown) => T | undefined) => Object.assign(test, { accepts }) as Check<T>;
const isText = (v: unknown): v is string => typeof v == 'string' && !!v.trim();

/** A non-empty string. */
export const text = check('a non-empty string', (v) => (isText(v) ? v : undefined));

/** One of a fixed set of strings. */
export const oneOf = <T extends string>(...values: T[]) =>
  check('one of ' + values.join(', '), (v) => (values.includes(v as T) ? (v as T) : undefined));

/**
 * A number from `min` to `max` (strings are parsed); whole numbers only when asked. The default
 * max is the largest timer delay: above it browsers fire `setTimeout` at once.
 */
export const num = (min: number, max = 2147483647, whole?: boolean) =>
  check(`a ${whole ? 'whole ' : ''}number from ${min} to ${max}`, (v) => {
    const n = isText(v) ? +v : v;
    return typeof n == 'number' && n >= min && n <= max && (!whole || n % 1 == 0) ? n : undefined;
  });

/** `true`/`false`; a bare attribute (`data-preview`) or `"true"` is true. */
export const bool = check('true or false', (v) =>
  v === true || v === '' || v === 'true' ? true : v === false || v === 'false' ? false : undefined,
);

/**
 * An `http:`/`https:` URL; relative ones resolve against the document's base URL (the page's
 * address, or the parent's in a `srcdoc` frame). Never `javascript:`, `data:`…
 */
export const url = check('an http: or https: URL', (v) => {
  try {
    // Without a page (SSR) only absolute URLs can be resolved.
    const u = new URL(v as string, typeof document == 'object' ? document.baseURI : undefined);
    return isText(v) && /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {}
});

/** A CSS selector the browser can parse. */
export const selector = check('a CSS selector', (v) => {
  try {
    return (isText(v) && (document.createDocumentFragment().querySelector(v), v)) || undefined;
  } catch {}
});

/** Colour functions: the only functions a theming value may hold, and only in colours. */
const COLOUR_FUNCTION = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)$/i;

/**
 * Whether every function in a CSS value is a colour function, and colours allow them. One pass,
 * stopping at the first that is not: each word is read once with its optional `(`, so a long
 * word is never scanned again from each of its letters (a `[\w-]+(?=\s*\()` lookahead would, and
 * take minutes on a megabyte).
 */
const onlyColourFunctions = (value: string, colour?: boolean): boolean => {
  for (const [, name, call] of value.matchAll(/([\w-]+)(\s*\()?/g))
    if (call !== undefined && !(colour && COLOUR_FUNCTION.test(name))) return false;
  return true;
};

/**
 * A theming value for a CSS property (a colour, a font list, a radius): the browser must accept
 * it, and nothing in it may load a resource or escape its property — no `url(`, `image(`,
 * `image-set(`, `src(`, `@import`, no `var()` (whose fallback could carry them), no `;`, braces,
 * comments or backslashes. Only colour functions are allowed, and only in colours. Page CSS keeps
 * its own way to theme: `--politely-*` custom properties on the host.
 */
export const css = (prop: string, colour?: boolean) =>
  check(`a CSS ${prop} value, without url() or var()`, (v) =>
    isText(v) &&
    !/[;{}<>\\@]|\/\*/.test(v) &&
    onlyColourFunctions(v, colour) &&
    (typeof CSS == 'undefined' || CSS.supports?.(prop, v) !== false)
      ? v
      : undefined,
  );

/** A list of non-empty strings, from an array or a comma-separated attribute. */
export const list = check('a comma-separated list of URLs', (v) => {
  const items = (isText(v) ? v.split(',') : v) as string[];
  const clean = Array.isArray(items) && items.every((s) => isText(s) && s.length <= MAX_LENGTH) ? items.map((s) => s.trim()) : [];
  return clean.length ? clean : undefined;
});

/** A function (callbacks). */
export const fn = <F>() => check('a function', (v) => (typeof v == 'function' ? (v as F) : undefined));
