// SSR-safe access to the browser: nothing here throws when imported or called in Node.

/** The page's document, or `undefined` outside a browser. */
export const doc = (): Document | undefined => globalThis.document;

/** Milliseconds on a monotonic clock (`performance` exists in browsers and in Node). */
export const now = (): number => performance.now();

/**
 * Resolves after about one frame. A timer, not requestAnimationFrame: frames stop in background
 * tabs and hidden iframes, timers only slow down, so a verdict always comes.
 */
export const nextFrame = (resolve: () => void): unknown => setTimeout(resolve, 16);
