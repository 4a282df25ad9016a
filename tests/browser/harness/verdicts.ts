import type { Page } from 'playwright-core';
import type { Verdict } from '../../../src/detect/types';

/** A verdict as the page recorded it, with when it arrived. */
export type RecordedVerdict = Verdict & { at: number; dcl: number };

/**
 * Waits for the page's first politely:verdict (recorded by VERDICT_RECORDER) and returns it with
 * its arrival time and the page's DOMContentLoaded time, both in page milliseconds.
 */
export async function firstVerdict(page: Page, timeout = 10_000): Promise<RecordedVerdict> {
  await page.waitForFunction(() => (window as unknown as { __verdicts: unknown[] }).__verdicts?.length > 0, null, { timeout, polling: 50 });
  return page.evaluate(() => {
    const v = (window as unknown as { __verdicts: RecordedVerdict[] }).__verdicts[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { ...v, dcl: nav.domContentLoadedEventStart };
  });
}

/** Median of numbers. */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
