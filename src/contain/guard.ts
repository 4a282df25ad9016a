import { warn } from './warn';

/**
 * Wraps an entry point (an API method, an event handler, a timer callback) so that a failure
 * inside Politely is logged as one `[politely]` warning and never thrown into the host page.
 */
export const guard =
  <A extends unknown[], R>(fn: (...args: A) => R, fallback?: R, message = 'internal error:') =>
  (...args: A): R => {
    try {
      return fn(...args);
    } catch (e) {
      warn(message, e);
      return fallback as R;
    }
  };

/** Calls a publisher callback; one that throws is reported as a warning and changes nothing. */
export function safeCall<T>(callback: ((arg: T) => unknown) | undefined, arg: T): unknown {
  try {
    return callback?.(arg);
  } catch (e) {
    warn('a callback threw:', e);
  }
}

/**
 * Reads something the page controls (storage, cookies, a global, a getter) that may throw:
 * sandboxed iframes, blocked storage, hostile getters. A throw reads as `undefined`.
 */
export function safeRead<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
