import { safeCall } from '../contain/guard';
import { warn } from '../contain/warn';

/**
 * Dispatches `politely:<name>` on `document` with `detail`, then calls the matching callback.
 * Listeners that throw are reported by the browser, not to us (dispatchEvent catches them), so
 * analytics code cannot break the prompt. A page that replaced `CustomEvent` (an old polyfill, or
 * a broken one) gets the event built the DOM Level 3 way.
 */
export function emit<T>(name: string, detail: T, callback?: (detail: T) => unknown): void {
  try {
    let e: Event;
    try {
      e = new CustomEvent('politely:' + name, { detail });
      if (!(e instanceof Event)) throw e;
    } catch {
      e = document.createEvent('CustomEvent');
      (e as CustomEvent).initCustomEvent('politely:' + name, false, false, detail);
    }
    document.dispatchEvent(e);
  } catch (e) {
    warn('could not dispatch politely:' + name, e);
  }
  safeCall(callback, detail);
}
