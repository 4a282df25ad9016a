// Access to the browser that neither throws in Node (SSR) nor trusts what the page replaced.

/** Milliseconds on a monotonic clock (`performance` exists in browsers and in Node). */
export const now = (): number => performance.now();

/** Whether an element has a layout box: connected, and neither it nor an ancestor is `display: none`. */
export const rendered = (el: Element): boolean => el.getClientRects().length > 0;

/** A global the page defined (`var googletag`), never one inherited from a polluted `Object.prototype`. */
export const pageGlobal = (name: string): Record<string, unknown> | undefined =>
  Object.hasOwn(window, name) ? (window as unknown as Record<string, Record<string, unknown>>)[name] : undefined;
