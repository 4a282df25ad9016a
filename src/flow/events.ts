import { safeCall, warn } from '../contain/index';
import { dispatch } from '../detect/index';

/**
 * Dispatches `politely:<name>` on `document` with `detail` (see `dispatch`: a broken
 * `CustomEvent` is worked around, listeners that throw cannot break the prompt), then calls the
 * matching callback.
 */
export function emit<T>(name: string, detail: T, callback?: (detail: T) => unknown): void {
  try {
    dispatch(document, name, detail);
  } catch (e) {
    warn('could not dispatch politely:' + name, e);
  }
  safeCall(callback, detail);
}
