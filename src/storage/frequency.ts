import type { ResolvedOptions } from '../config/types';
import type { SafeStorage } from './safe-storage';

// Minimal data, under `politely:` keys: a page-view count and two timestamps.
const VIEWS = 'politely:views';
const DISMISSED = 'politely:dismissed';
const SHOWN = 'politely:shown';
const HOUR = 36e5;

type Rules = Pick<ResolvedOptions, 'dismissDays' | 'minPageviews' | 'periodHours'>;

const read = (store: SafeStorage, key: string) => Number(store.get(key)) || 0;

/** Counts this page view and returns the count (capped: we only need to know "≥ N"). */
export function countView(store: SafeStorage): number {
  const views = Math.min(read(store, VIEWS) + 1, 1e4);
  store.set(VIEWS, String(views));
  return views;
}

/** Whether the rules allow showing the prompt now: enough page views, not dismissed, not shown this period. */
export function allowed(store: SafeStorage, rules: Rules, views: number, now = Date.now()): boolean {
  const since = (key: string) => now - read(store, key);
  return views >= rules.minPageviews && since(DISMISSED) >= rules.dismissDays * 24 * HOUR && since(SHOWN) >= rules.periodHours * HOUR;
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
