import type { SafeStorage } from './safe-storage';

// Minimal data, under `politely:` keys (docs/privacy.md lists each one and when it is written).
const VIEWS = 'politely:views';
const DISMISSED = 'politely:dismissed';
const SHOWN = 'politely:shown';
const HOUR = 36e5;
/** How far in the future a stored time may be: a reader's clock a few minutes off is ordinary. */
const SKEW = 6e5;

/**
 * Hours since a stored time, or `Infinity` when there is none usable: not a finite number
 * (tampered: `1e400`), or further in the future than the clock-skew allowance (a wrong clock
 * then) — such a value would hold the prompt back for years. It is ignored, and rewritten on the
 * next write.
 */
const hoursSince = (store: SafeStorage, key: string, now: number): number => {
  const t = Number(store._get(key));
  return t > 0 && t <= now + SKEW ? (now - t) / HOUR : Infinity;
};

/**
 * Counts this page view and returns the count (capped: only "≥ N" matters). Called only when
 * `minPageviews` is above 1: otherwise the count decides nothing, and nothing is written.
 */
export function countView(store: SafeStorage): number {
  const stored = Number(store._get(VIEWS));
  const views = (stored >= 0 && stored < 1e4 ? Math.floor(stored) : 0) + 1;
  store._set(VIEWS, String(views));
  return views;
}

/** Hours since "Not now" and since the prompt was last shown (`Infinity`: never). */
export const frequencyFacts = (store: SafeStorage, now = Date.now()) => ({
  _hoursSinceDismissed: hoursSince(store, DISMISSED, now),
  _hoursSinceShown: hoursSince(store, SHOWN, now),
});

/** Remembers "Not now" (for `dismissDays`; with 0 nothing is stored). */
export function rememberDismissal(store: SafeStorage, days: number, now = Date.now()): void {
  if (days > 0) store._set(DISMISSED, String(now));
}

/** Remembers when the prompt was last shown, for `periodHours` (only when that rule is on). */
export function rememberShown(store: SafeStorage, periodHours: number, now = Date.now()): void {
  if (periodHours > 0) store._set(SHOWN, String(now));
}

/** The sessionStorage flag set before "Reload page", so the next load can say thank you. */
export const RELOAD_FLAG = 'politely:reload';
