// Page-level explicit consent (`Politely.consent()`), kept outside any gate: a consent tool's
// callback may fire before `init()` creates the gate, and that signal must not be lost.

/** The last explicit signal on this page, if any. */
export let explicitConsent: boolean | undefined;

const listeners = new Set<(granted: boolean) => void>();

/**
 * Records the reader's consent decision from a non-TCF consent tool and tells every live gate.
 * Safe to call before or after `init()`.
 *
 * @param granted - `true` (default) grants; `false` withdraws.
 */
export function consent(granted = true): void {
  explicitConsent = granted = granted !== false;
  listeners.forEach((cb) => cb(granted));
}

/** Subscribes a gate to explicit signals; returns the unsubscribe function. @internal */
export function onExplicit(cb: (granted: boolean) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}
