import type { ExplicitConsent } from '../consent/index';

// Page-level explicit consent (`Politely.consent()`), kept in the loader and outside any gate: a
// consent tool's callback may fire before `init()` creates the gate (or before the consent file
// arrives), and that signal must not be lost.

/** The last explicit signal on this page, if any. */
let last: boolean | undefined;

const listeners = new Set<(granted: boolean) => void>();

/**
 * Records the reader's consent decision from a consent tool that is not an IAB TCF v2 CMP, for
 * `requireConsent`, and tells every live gate. Safe to call before or after `init()`.
 *
 * @param granted - `true` (default) grants; `false` withdraws.
 */
export function consent(granted = true): void {
  last = granted = granted !== false;
  listeners.forEach((cb) => cb(granted));
}

/** The explicit signals, as the consent gate reads them. */
export const explicitConsent: ExplicitConsent = {
  _last: () => last,
  _subscribe(cb) {
    listeners.add(cb);
    return () => listeners.delete(cb);
  },
};
