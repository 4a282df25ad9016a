// What Politely costs the whole page, not only its own calls: on the heavy article (Bootstrap's
// real stylesheet, ~4,000 elements, a site script changing the DOM while it loads, AdSense), with
// Politely's one-line install, traced loads with Blink's invalidation tracking, so that each style
// recalculation (`UpdateLayoutTree`) comes with the element count it restyled, the JS stack that
// forced it, and the invalidations that made its elements dirty, with the stacks that made them.
//
// - No blocker: Politely makes no document-wide recalculation (one restyling at least half the
//   document: bench/trace.ts DOCUMENT_WIDE) in any load, alone or shared with the page's own
//   scripts (the counts with and without Politely, interleaved in the same run, are reported:
//   the page's own vary with its site script's timing, 0 to 1 per load); and at most 6
//   callbacks per page view (bench/trace.ts: main-thread tasks in which its code ran after its
//   file was evaluated), median, counted on loads traced without invalidation tracking (which
//   slows the page, and with it detection's timers).
// - EasyList: at most one recalculation of Politely's making per load (its prompt's host going
//   into the page), and that one small: under SMALL of the document's elements.
//
// "Of Politely's making": its code (loader or prompt file) made the recalculation's elements
// dirty and no other script did (bench/trace.ts madeBy). "Shared": its code and the page's both
// dirtied elements before the same frame.
//
// Each failure message says what the loads measured: counts, element counts, when, and where in
// Politely's source (through dist's source maps) the forcing and the invalidating code is.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  INVALIDATION_CATEGORY,
  TRACE_CATEGORIES,
  analyseLoad,
  documentWide,
  inFiles,
  invalidatedBy,
  madeBy,
  traceEvents,
  whereIs,
  type LoadCost,
  type Recalc,
} from '../../bench/trace';
import { LOADER_SRC, VERDICT_RECORDER, launchChromium, median, openPage, useBrowser, type Condition } from './harness';
import { heavyArticleHtml } from './pages/heavy';

const suite = useBrowser(launchChromium);

const TAG = `<script src="${LOADER_SRC}" data-politely data-support-url="/support"></script>`;
/** Politely's files: the loader, and the prompt file it fetches when it shows. */
const FILES = [LOADER_SRC, LOADER_SRC.replace(/politely\.js$/, 'politely-prompt.js')];
/** Loads with Politely (and, with no blocker, as many without, interleaved). */
const LOADS = 4;
/** Every load is traced this long from navigation start (the bench's whole-page window). */
const WINDOW_MS = 2500;
/** A "small" recalculation restyles under this share of the document's elements. */
const SMALL = 0.05;
/** The callbacks bar, per page view. */
const MAX_CALLBACKS = 6;

interface Traced {
  cost: LoadCost;
  elements: number;
  verdict?: { blocked: boolean };
}

let n = 0;
async function traced(condition: Condition, politely: boolean, invalidations = true): Promise<Traced> {
  const html = heavyArticleHtml(suite.server, { head: VERDICT_RECORDER, politely: politely ? TAG : '' });
  const url = suite.server.page(`/page-cost-${n++}.html`, html);
  const t = await openPage(suite.browser, condition);
  await suite.browser.startTracing(t.page, { categories: [...TRACE_CATEGORIES, ...(invalidations ? [INVALIDATION_CATEGORY] : [])] });
  const began = Date.now();
  await t.page.goto(url, { waitUntil: 'load' });
  await t.page.waitForTimeout(Math.max(0, WINDOW_MS + 300 - (Date.now() - began)));
  const [elements, verdict] = await t.page.evaluate(() => [
    document.querySelectorAll('*').length,
    (window as unknown as { __verdicts: { blocked: boolean }[] }).__verdicts[0],
  ]);
  const cost = analyseLoad(traceEvents(await suite.browser.stopTracing()), { pageUrl: url, files: FILES, windowMs: WINDOW_MS });
  await t.context.close();
  return { cost, elements: elements as number, verdict: verdict as Traced['verdict'] };
}

/** A recalculation as a failure message shows it. */
const shown = (r: Recalc) => ({
  atMs: Math.round(r.at),
  elements: r.elements,
  ms: Math.round(r.ms * 10) / 10,
  forcedBy: r.forcedBy?.slice(0, 3).map(whereIs),
  invalidatedBy: [
    ...new Set(
      r.invalidations
        .filter((i) => inFiles(i.stack, FILES))
        .map((i) => `${i.reason} on ${i.node || 'a node'} at ${i.stack!.slice(0, 2).map(whereIs).join(' < ')}`),
    ),
  ],
});
/** The recalculations of Politely's making in a load: its code, and no other script, invalidated their elements. */
const politelys = (l: Traced) => l.cost.recalcs.filter((r) => madeBy(r, FILES));
/** Those its code shares with the page's scripts (reported, judged by the count comparison). */
const mixed = (l: Traced) => l.cost.recalcs.filter((r) => invalidatedBy(r, FILES) && !madeBy(r, FILES));
const wide = (l: Traced) => l.cost.recalcs.filter((r) => documentWide(r, l.elements));

describe('what Politely costs the whole heavy page', () => {
  // `plain`: traced without invalidation tracking, which slows the page down and with it the
  // timers detection runs on (fewer, later callbacks): the callbacks are counted on these.
  const none = { with: [] as Traced[], without: [] as Traced[], plain: [] as Traced[] };
  beforeAll(async () => {
    // Interleaved, so that the machine's load falls on both sides alike.
    for (let i = 0; i < LOADS; i++) {
      none.with.push(await traced('none', true));
      none.without.push(await traced('none', false));
      none.plain.push(await traced('none', true, false));
    }
  }, 300_000);

  it('with no blocker, makes no document-wide style recalculation, alone or with the page', () => {
    for (const l of none.with) expect(l.verdict, 'every load has its verdict within the window').toMatchObject({ blocked: false });
    const made = none.with.map((l) =>
      politelys(l)
        .filter((r) => documentWide(r, l.elements))
        .map(shown),
    );
    const counts = { with: none.with.map((l) => wide(l).length), without: none.without.map((l) => wide(l).length) };
    console.info(
      'page-cost, no blocker: document-wide recalculations per load',
      counts,
      'of Politely’s making',
      made,
      'shared with the page',
      none.with.map((l) => mixed(l).map(shown)),
    );
    expect(made, `document-wide recalculations whose elements Politely's code invalidated (${none.with[0].elements} elements)`).toEqual(
      none.with.map(() => []),
    );
    // Nor one that Politely shares with the page (its code dirtied some of the same frame's
    // elements): the page's own document-wide recalculations (its site script) stay its own.
    const shared = none.with.map((l) =>
      mixed(l)
        .filter((r) => documentWide(r, l.elements))
        .map(shown),
    );
    expect(
      shared,
      `document-wide recalculations Politely's code shares with the page; per load with / without: ${JSON.stringify(counts)}`,
    ).toEqual(none.with.map(() => []));
  });

  it(`with no blocker, runs at most ${MAX_CALLBACKS} callbacks per page view`, () => {
    for (const l of none.plain) expect(l.verdict, 'every load has its verdict within the window').toMatchObject({ blocked: false });
    const callbacks = none.plain.map((l) => l.cost.callbacks);
    const at = none.plain.map((l) => l.cost.callbackAt.map(Math.round));
    console.info('page-cost, no blocker: callbacks per page view', callbacks, 'at (ms after navigation start)', at);
    expect(median(callbacks), `callbacks per page view ${JSON.stringify(callbacks)}, at ${JSON.stringify(at)} ms`).toBeLessThanOrEqual(
      MAX_CALLBACKS,
    );
  });

  it('under EasyList, makes at most one small style recalculation (its prompt going in)', { timeout: 180_000 }, async () => {
    const loads: Traced[] = [];
    for (let i = 0; i < LOADS; i++) loads.push(await traced('easylist', true));
    for (const l of loads) expect(l.verdict, 'every load has its verdict within the window').toMatchObject({ blocked: true });
    const made = loads.map((l) => politelys(l).map(shown));
    console.info(
      'page-cost, EasyList: recalculations of Politely’s making per load',
      made,
      'shared with the page',
      loads.map((l) => mixed(l).map(shown)),
    );
    for (const [i, l] of loads.entries()) {
      const mine = politelys(l);
      expect(mine.length, `recalculations of Politely's making: ${JSON.stringify(made[i])}`).toBeLessThanOrEqual(1);
      for (const r of mine)
        expect(r.elements, `a small one: under ${SMALL * l.elements} of ${l.elements} elements`).toBeLessThan(SMALL * l.elements);
    }
  });
});
