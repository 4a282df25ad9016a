// The false-positive suite: Politely must never tell a reader without a blocker that they have
// one. Every page of the catalog (tests/browser/pages/false-positives.ts) is loaded 5 times with
// no blocker: each load's first verdict says "not blocked", every verdict recorded (frames
// included) says so, no prompt appears and nothing is thrown into the page. Pages on which the
// detection should see EasyList are then loaded twice under it: "blocked".
//
// Pages run several at a time, each load in its own browser context. No timing assertions here.
// FP_CONCURRENCY and FP_EASYLIST_CONCURRENCY change how many pages run at once (4 and 1).
import { afterAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { firstVerdict, launchChromium, openPage, useBrowser, type Condition } from './harness';
import { FP_PAGES, type FpClass, type FpPage } from './pages/false-positives';

const LOADS_NONE = 5;
const LOADS_EASYLIST = 2;
/** Pages in flight at once, each load in its own context (`FP_CONCURRENCY` overrides). */
const CONCURRENCY = Number(process.env.FP_CONCURRENCY) || 4;
/** Pages in flight at once under EasyList (see below; `FP_EASYLIST_CONCURRENCY` overrides). */
const EASYLIST_CONCURRENCY = Number(process.env.FP_EASYLIST_CONCURRENCY) || 1;
const VERDICT_TIMEOUT = 10_000;

const suite = useBrowser(launchChromium);

/** A tiny semaphore: at most `n` pages load at once. */
function limit(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
const slot = limit(CONCURRENCY);
const easylistSlot = limit(EASYLIST_CONCURRENCY);

interface Load {
  condition: Condition;
  /** The first verdict's `blocked`; undefined when no verdict came. */
  blocked?: boolean;
  /** What went wrong on this load (empty: as expected). */
  problems: string[];
}
const results: { page: FpPage; loads: Load[] }[] = [];
const started = performance.now();

interface Recorded {
  verdicts: { blocked: boolean; signals: unknown }[];
  shows: unknown[];
  frameVerdicts: { frame: string; verdict: { blocked: boolean } }[];
  frameShows: unknown[];
}

/** Counts Politely prompts in every frame of the page. */
async function prompts(page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames())
    count += await frame
      .locator('[data-politely-prompt]')
      .count()
      .catch(() => 0);
  return count;
}

/** One load of a page under a condition, judged. */
async function load(fp: FpPage, condition: Condition, n: number): Promise<Load> {
  const t = await openPage(suite.browser, condition);
  const problems: string[] = [];
  const result: Load = { condition, problems };
  try {
    await fp.setup?.(t.page);
    const url = suite.server.page(`/fp/${fp.id}.html`, fp.html(suite.server), fp.headers);
    await t.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    let first;
    try {
      first = await firstVerdict(t.page, VERDICT_TIMEOUT);
    } catch (e) {
      problems.push(`${condition} load ${n}: no politely:verdict within ${VERDICT_TIMEOUT / 1000} s (${String(e).split('\n')[0]})`);
      return result;
    }
    result.blocked = first.blocked;
    if (condition === 'none') {
      // Let the page's own scenario run on (late consent, slow second files…) before judging.
      await t.page.waitForTimeout(fp.settleMs ?? 500);
      const rec = (await t.page.evaluate(() => {
        const w = window as unknown as Record<string, unknown[]>;
        return { verdicts: w.__verdicts, shows: w.__shows, frameVerdicts: w.__frameVerdicts, frameShows: w.__frameShows };
      })) as Recorded;
      const accused = [
        ...rec.verdicts.filter((v) => v.blocked).map((v) => `verdict ${JSON.stringify(v.signals)}`),
        ...rec.frameVerdicts.filter((f) => f.verdict.blocked).map((f) => `verdict in frame ${f.frame}`),
      ];
      if (accused.length) problems.push(`none load ${n}: "blocked": ${accused.join('; ')}`);
      if (rec.shows.length || rec.frameShows.length)
        problems.push(`none load ${n}: politely:show recorded ${rec.shows.length + rec.frameShows.length} time(s)`);
      const count = await prompts(t.page);
      if (count) problems.push(`none load ${n}: ${count} [data-politely-prompt] element(s)`);
      if (t.errors.length) problems.push(`none load ${n}: page error(s): ${t.errors.map((e) => e.message).join(' | ')}`);
    } else if (!first.blocked)
      problems.push(`${condition} load ${n}: not blocked: ${JSON.stringify(first.signals)}${first.reason ? ` (${first.reason})` : ''}`);
  } finally {
    await t.context.close().catch(() => {});
  }
  return result;
}

/** Loads a page `times` times under a condition, in a `gate` slot; records the loads, returns their problems. */
async function problems(fp: FpPage, condition: Condition, times: number, gate: ReturnType<typeof limit>): Promise<string[]> {
  const loads = await gate(async () => {
    const done: Load[] = [];
    for (let i = 1; i <= times; i++) done.push(await load(fp, condition, i));
    return done;
  });
  results.push({ page: fp, loads });
  return loads.flatMap((l) => l.problems);
}

describe(`false positives: ${FP_PAGES.length} realistic pages, ${LOADS_NONE} loads each without a blocker`, () => {
  for (const fp of FP_PAGES)
    it.concurrent(
      `${fp.klass} / ${fp.id}: never "blocked", no prompt, no page error`,
      async ({ expect }) => {
        expect(await problems(fp, 'none', LOADS_NONE, slot), fp.description).toEqual([]);
      },
      300_000,
    );
});

// After the phase above (vitest runs the suites of a file one after the other), one page at a
// time: Ghostery's engine answers every request and injects its cosmetic CSS from Node, after
// DOMContentLoaded, and with several pages under it on two cores that comes late enough now and
// then (about one load in forty at two pages at once) for the detection's deadline to pass with
// the bait and the confirming requests still inconclusive — a harness artefact, not a reader's
// blocker (a real extension injects its CSS at document start, in the browser).
describe(`the same pages, ${LOADS_EASYLIST} loads each under EasyList: "blocked"`, () => {
  for (const fp of FP_PAGES.filter((p) => p.detectableUnderEasylist))
    it.concurrent(
      `${fp.klass} / ${fp.id}: "blocked" under EasyList`,
      async ({ expect }) => {
        expect(await problems(fp, 'easylist', LOADS_EASYLIST, easylistSlot), fp.description).toEqual([]);
      },
      300_000,
    );
});

afterAll(() => {
  const classes: FpClass[] = ['page-css', 'late-stack', 'failing-stack', 'url-match', 'other'];
  const lines = classes.map((klass) => {
    const mine = results.filter((r) => r.page.klass === klass);
    const pages = new Set(mine.map((r) => r.page.id)).size;
    const of = (c: Condition) => mine.flatMap((r) => r.loads.filter((l) => l.condition === c).map((l) => ({ id: r.page.id, l })));
    const none = of('none');
    const easy = of('easylist');
    const accused = [...new Set(none.filter((x) => x.l.blocked).map((x) => x.id))];
    const silent = [...new Set(none.filter((x) => x.l.blocked === undefined).map((x) => x.id))];
    return (
      `${klass}: ${pages} pages · none: ${none.length} loads, ${none.filter((x) => x.l.blocked).length} blocked` +
      (accused.length ? ` (${accused.join(', ')})` : '') +
      (silent.length ? `, no verdict on ${silent.join(', ')}` : '') +
      ` · easylist: ${easy.length} loads, ${easy.filter((x) => x.l.blocked).length} blocked`
    );
  });
  const secs = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`[politely] false positives, ${new Set(results.map((r) => r.page.id)).size} pages in ${secs} s:\n  ${lines.join('\n  ')}`);
});
