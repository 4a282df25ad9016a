import type { ResolvedOptions } from '../config/types';
import type { SafeStorage } from './safe-storage';

// Minimal data, under `politely:` keys: a page-view count and two timestamps.
const VIEWS = 'politely:views';
const DISMISSED = 'politely:dismissed';
const SHOWN = 'politely:shown';
const HOUR = 36e5;
/** How far in the future a stored time may be: a reader's clock a few minutes off is ordinary. */
const SKEW = 6e5;

type Rules = Pick<ResolvedOptions, 'dismissDays' | 'minPageviews' | 'periodHours'>;

/**
 * A stored time, or 0 when there is none usable: not a finite number (tampered: `1e400`), or
 * further in the future than the clock-skew allowance (a wrong clock then) — such a value would
 * hold the prompt back for years. It is ignored, and rewritten on the next write.
 */
const time = (store: SafeStorage, key: string, now: number): number => {
  const t = Number(store.get(key));
  return t > 0 && t <= now + SKEW ? t : 0;
};

/** Counts this page view and returns the count (capped: only "≥ N" matters). */
export function countView(store: SafeStorage): number {
  const stored = Number(store.get(VIEWS));
  const views = (stored >= 0 && stored < 1e4 ? Math.floor(stored) : 0) + 1;
  store.set(VIEWS, String(views));
  return views;
}

/**
 * The frequency rule that holds the prompt back now, in plain words (for the debug log), or
 * `undefined` when every rule allows it: enough page views, no "Not now" within `dismissDays`,
 * not shown within `periodHours`.
 */
export function heldBack(store: SafeStorage, rules: Rules, views: number, now = Date.now()): string | undefined {
  const hours = (key: string) => (now - time(store, key, now)) / HOUR;
  if (views < rules.minPageviews) return `minPageviews (this is view ${views})`;
  if (hours(DISMISSED) < rules.dismissDays * 24) return 'dismissDays ("Not now" ' + (hours(DISMISSED) | 0) + ' h ago)';
  if (hours(SHOWN) < rules.periodHours) return 'periodHours (shown ' + (hours(SHOWN) | 0) + ' h ago)';
}

/** Remembers "Not now" (for `dismissDays`; with 0 nothing is stored). */
export function rememberDismissal(store: SafeStorage, days: number, now = Date.now()): void {
  if (days > 0) store.set(DISMISSED, String(now));
}

/** Remembers when the prompt was last shown, for `periodHours`. */
export function rememberShown(store: SafeStorage, now = Date.now()): void {
  store.set(SHOWN, String(now));
}

/** The sessionStorage flag set before "Reload page", so the next load can say thank you. */
export const RELOAD_FLAG = 'politely:reload';
