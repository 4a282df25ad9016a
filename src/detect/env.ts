// SSR-safe access to the browser: nothing here throws when imported or called in Node.

/** The page's document, or `undefined` outside a browser. */
export const doc = (): Document | undefined => globalThis.document;

/** Milliseconds on a monotonic clock (`performance` exists in browsers and in Node). */
export const now = (): number => performance.now();

/**
 * Calls `fn` once on the next frame, or after 50 ms where frames don't come
 * (background tabs and hidden iframes pause requestAnimationFrame).
 */
export const nextFrame = (fn: () => void): void => {
  self.requestAnimationFrame?.(fn);
  setTimeout(fn, 50);
};
