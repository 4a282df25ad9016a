// Access to the browser that neither throws in Node (SSR) nor trusts what the page replaced.

/** Milliseconds on a monotonic clock (`performance` exists in browsers and in Node). */
export const now = (): number => performance.now();

/**
 * Whether an element has a box: connected, and neither it nor an ancestor is `display: none`.
 * `checkVisibility()` answers from styles; `getClientRects()` is its fallback for older
 * browsers. Both need up-to-date styles, so detection asks only where the browser has just
 * computed them (in a `ResizeObserver` callback), never right after changing the page.
 */
export const rendered = (el: Element): boolean => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);

/** A global the page defined (`var googletag`), never one inherited from a polluted `Object.prototype`. */
export const pageGlobal = (name: string): Record<string, unknown> | undefined =>
  Object.hasOwn(window, name) ? (window as unknown as Record<string, Record<string, unknown>>)[name] : undefined;

/** A function's source text, read with the built-in `toString` (a page may replace a function's own). */
export const sourceOf = (fn: unknown): string => Function.prototype.toString.call(fn);

/** Whether `fn` is the browser's own code, not a page script's wrapper around it. */
export const isNative = (fn: unknown): boolean => typeof fn == 'function' && /\{\s*\[native code\]\s*\}$/.test(sourceOf(fn));
