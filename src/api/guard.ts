import { warn } from '../config/warn';

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
