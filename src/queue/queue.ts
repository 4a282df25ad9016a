import { warn } from '../config/warn';

/** What `window.politelyQueue` holds: functions called with the API. */
export type QueuedFn<Api> = (api: Api) => void;

/** `window.politelyQueue` after Politely loaded: `push` calls at once. */
export interface LiveQueue<Api> {
  push(...fns: QueuedFn<Api>[]): number;
  length: number;
}

const LIVE = '__politelyLive';

/**
 * Runs the functions pages pushed onto `window.politelyQueue` before Politely loaded, each once with
 * `api`, in order (one that throws is warned about and the rest still run), then replaces the
 * queue with one whose `push` calls at once. A second call (a second copy of the script) finds
 * the live queue and calls nothing again.
 *
 * @example
 * // On the page, before or after the script tag:
 * window.politelyQueue = window.politelyQueue || [];
 * politelyQueue.push((Politely) => Politely.init({ supportUrl: '/support' }));
 */
export function drainQueue<Api>(api: Api, win: Window = window): LiveQueue<Api> {
  const w = win as unknown as { politelyQueue?: unknown };
  const old = w.politelyQueue as (LiveQueue<Api> & { [LIVE]?: true }) | QueuedFn<Api>[] | undefined;
  if (old && LIVE in old) return old;
  const run = (fn: QueuedFn<Api>) => {
    try {
      fn(api);
    } catch (e) {
      warn('a politelyQueue function threw', e);
    }
  };
  const pending = Array.isArray(old) ? old : [];
  // Index loop: a function may push more while the queue drains; they run in order too.
  for (let i = 0; i < pending.length; i++) run(pending[i]);
  const live: LiveQueue<Api> = {
    [LIVE]: true,
    length: pending.length,
    push(...fns) {
      fns.forEach(run);
      return (live.length += fns.length);
    },
  } as LiveQueue<Api>;
  return (w.politelyQueue = live);
}
