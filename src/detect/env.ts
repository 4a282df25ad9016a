// Access to the browser that neither throws in Node (SSR) nor trusts what the page replaced.

/** Milliseconds on a monotonic clock (`performance` exists in browsers and in Node). */
export const now = (): number => performance.now();

/**
 * Whether an element has a box: connected, and neither it nor an ancestor is `display: none`.
 * `checkVisibility()` answers from styles alone; `getClientRects()`, its fallback for older
 * browsers, makes the browser lay out the page first, and detection asks on every poll.
 */
export const rendered = (el: Element): boolean => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);

/** A global the page defined (`var googletag`), never one inherited from a polluted `Object.prototype`. */
export const pageGlobal = (name: string): Record<string, unknown> | undefined =>
  Object.hasOwn(window, name) ? (window as unknown as Record<string, Record<string, unknown>>)[name] : undefined;
