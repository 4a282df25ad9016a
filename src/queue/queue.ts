import { safeCall, quoted, say } from '../contain/index';

/** What `window.politelyQueue` holds: functions called with the API. */
type QueuedFn<Api> = (api: Api) => void;

/** Marks the live queue (a symbol on it, not a global), so a second copy of the script leaves it. */
const LIVE = Symbol.for('politely.queue');

/**
 * Runs the functions the page pushed onto `window.politelyQueue` before Politely loaded, each
 * once with `api`, in order (one that throws is warned about and the rest still run), then
 * replaces the queue with one whose `push` calls at once. Whatever else the page left there (a
 * string, an object with a `push` of its own, a frozen array with other things in it) is
 * ignored, said once, and never throws. A second call (a second copy of the script) finds the
 * live queue and calls nothing again.
 *
 * @example
 * // On the page, before or after the script tag:
 * window.politelyQueue = window.politelyQueue || [];
 * politelyQueue.push((Politely) => Politely.init({ supportUrl: '/support' }));
 */
export function drainQueue<Api>(api: Api, win: Window = window): void {
  const w = win as unknown as { politelyQueue?: unknown };
  let old: unknown;
  try {
    // Own property: a name inherited from a polluted Object.prototype is not the page's queue.
    old = Object.hasOwn(w, 'politelyQueue') ? w.politelyQueue : undefined;
    if ((old as Record<symbol, unknown>)?.[LIVE]) return;
  } catch {
    // A getter that throws: as if there were nothing.
  }
  let ignored = 0;
  const run = (fn: unknown) => (typeof fn == 'function' ? safeCall(fn as QueuedFn<Api>, api) : ignored++);
  let pending: ArrayLike<unknown> = [];
  if (Array.isArray(old)) pending = old;
  else if (old !== undefined) say('queueNotArray', [quoted(old)]);
  // Index loop: a function may push more while the queue drains; they run in order too.
  for (let i = 0; i < pending.length; i++) run(pending[i]);
  const live = { [LIVE]: true, length: pending.length, push: (...fns: unknown[]) => (fns.forEach(run), (live.length += fns.length)) };
  if (ignored) say('queueNotFunctions', [ignored]);
  try {
    w.politelyQueue = live;
  } catch {
    say('queueFixed');
  }
}
