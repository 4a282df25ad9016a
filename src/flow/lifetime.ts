/**
 * One controller's lifetime: everything it waits for or listens to ends with it, in one call.
 * Listeners are added with the lifetime's `AbortSignal` (the platform's way to remove them all),
 * and every wait resolves at once when the lifetime ends, so nothing awaiting it hangs.
 */
export interface Lifetime {
  /** Aborted when the lifetime ends. */
  readonly _signal: AbortSignal;
  /** Resolves after `ms` milliseconds, or at once when the lifetime ends. */
  _sleep(ms: number): Promise<void>;
  /** Resolves at `target`'s next `type` event, or when the lifetime ends. */
  _until(target: EventTarget, type: string): Promise<void>;
  /** Runs `fn` when the lifetime ends (at once if it has). */
  _onEnd(fn: () => void): void;
  /** Ends the lifetime: removes every listener, settles every wait, runs every `onEnd`. */
  _end(): void;
}

/** Starts a lifetime. */
export function lifetime(): Lifetime {
  const controller = new AbortController();
  const signal = controller.signal;
  const life: Lifetime = {
    _signal: signal,
    // Once ended, what is added runs at once: nothing can outlive the lifetime.
    _onEnd: (fn) => (signal.aborted ? fn() : signal.addEventListener('abort', fn, { once: true })),
    _sleep: (ms) =>
      new Promise((resolve) => {
        if (signal.aborted) return resolve();
        const timer = setTimeout(resolve, ms);
        life._onEnd(() => (clearTimeout(timer), resolve()));
      }),
    _until: (target, type) =>
      new Promise((resolve) => {
        if (signal.aborted) return resolve();
        target.addEventListener(type, () => resolve(), { signal, once: true });
        life._onEnd(resolve);
      }),
    _end: () => controller.abort(),
  };
  return life;
}
