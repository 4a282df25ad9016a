import { warn } from '../config/warn';

/**
 * Calls a publisher callback; a throwing callback is logged as a `[politely]` warning and never
 * breaks the page or the prompt.
 */
export function safeCall<T>(callback: ((arg: T) => void) | undefined, arg: T): void {
  try {
    callback?.(arg);
  } catch (e) {
    warn('a callback threw:', e);
  }
}

/**
 * Dispatches `politely:<name>` on `document` with `detail`, then calls the matching callback.
 * Listeners that throw are reported by the browser, not propagated to us (dispatchEvent
 * catches them), so analytics code cannot break the prompt.
 */
export function emit<T>(name: string, detail: T, callback?: (detail: T) => void): void {
  try {
    document.dispatchEvent(new CustomEvent('politely:' + name, { detail }));
  } catch (e) {
    warn('could not dispatch politely:' + name, e);
  }
  safeCall(callback, detail);
}
