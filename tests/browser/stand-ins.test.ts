// Blockers that answer ad libraries with stand-ins (uBlock Origin, Brave), and the independence
// of the detection's signals. The stand-in conditions are emulated by the harness (EasyList
// through Ghostery's engine plus uBO's own redirect resources, read from Debian's package; see
// harness/stand-ins.ts), and the page installs Politely the one-line way.
//
// - Under `brave` (network filters only) the bait is not hidden: the stand-in and the confirming
//   requests must see it. Under `ublock` (network + cosmetic) the bait and the page's ad slots
//   are hidden too.
// - Independence: under every blocking condition at least two signals see the blocker, and with
//   the bait turned off (as if EasyList dropped its names) the rest still does — except under
//   cosmetic-only filtering, where the ad libraries load and only the hidden slots remain, which
//   never decide alone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BLOCKING,
  LOADER_SRC,
  STAND_IN_CONDITIONS,
  articleHtml,
  firstVerdict,
  launchChromium,
  openPage,
  useBrowser,
  type Condition,
  type RecordedVerdict,
} from './harness';
import { FP_RECORDER, POLITELY_TAG } from './pages/false-positives';

const LOADS = 5;
const suite = useBrowser(launchChromium);

type Library = 'adsense' | 'gpt';
const LIBRARIES: Library[] = ['adsense', 'gpt'];
type Signals = RecordedVerdict['signals'];

/** The article with one ad library, the recorder and Politely's one line. */
const html = (library: Library) => articleHtml(suite.server, { ad: library, head: FP_RECORDER, bodyEnd: POLITELY_TAG });

async function open(condition: Condition, library: Library) {
  const t = await openPage(suite.browser, condition);
  await t.page.goto(suite.server.page(`/stand-ins/${library}.html`, html(library)), { waitUntil: 'domcontentloaded' });
  return t;
}

const show = (v: { signals: Signals }) => JSON.stringify(v.signals);
const blockedSignals = (signals: Signals) => Object.entries(signals).filter(([, s]) => s === 'blocked');

/** A fresh detection with the bait off, once the page has loaded. */
const recheckWithoutBait = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { Politely: { detect(o: object): Promise<RecordedVerdict> } }).Politely.detect({ recheck: true, bait: false }),
  );

describe.each(STAND_IN_CONDITIONS)('stand-ins, condition: %s', (condition) => {
  it.each(LIBRARIES)(`%s page: "blocked" on every one of ${LOADS} loads, seen by the right signals`, async (library) => {
    for (let i = 1; i <= LOADS; i++) {
      const t = await open(condition, library);
      const v = await firstVerdict(t.page);
      const where = `${condition}, ${library}, load ${i}: ${show(v)}`;
      expect(v.blocked, where).toBe(true);
      if (condition === 'brave') {
        // The stand-in is recognised, and the confirming request (to a host uBO does not answer
        // for fetch()) is refused; no cosmetic filtering, so the bait stays visible.
        expect(v.signals.standIn, where).toBe('blocked');
        expect(v.signals.network, where).toBe('blocked');
        expect(v.signals.bait, where).toBe('clear');
      } else {
        // Whichever side acts first decides, with a second signal. Ghostery's engine injects part
        // of its cosmetic CSS from Node, on demand, after the page started (a real uBO puts these
        // rules in the stylesheet it injects at document start), so fresh detections after load
        // must come to see both sides: bait and slots hidden, the stand-in recognised and confirmed.
        expect(blockedSignals(v.signals).length, where).toBeGreaterThanOrEqual(2);
        await t.page.waitForLoadState('load');
        const again = () =>
          t.page.evaluate(() =>
            (window as unknown as { Politely: { detect(o: object): Promise<RecordedVerdict> } }).Politely.detect({ recheck: true }),
          );
        await expect
          .poll(async () => (await again()).signals, { timeout: 5000, message: where })
          .toMatchObject({ bait: 'blocked', adSlots: 'blocked', standIn: 'blocked', network: 'blocked' });
      }
      await t.context.close();
    }
  });
});

describe('independence: no signal carries a blocker alone', () => {
  for (const condition of [...BLOCKING, ...STAND_IN_CONDITIONS])
    it.each(LIBRARIES)(`${condition}, %s page: two signals or more see it; without the bait it is still seen`, async (library) => {
      const t = await open(condition, library);
      const first = await firstVerdict(t.page);
      expect(blockedSignals(first.signals).length, `${condition}, ${library}: ${show(first)}`).toBeGreaterThanOrEqual(2);
      await t.page.waitForLoadState('load');
      const noBait = await recheckWithoutBait(t.page);
      const where = `${condition}, ${library}, bait off: ${show(noBait)}`;
      expect(noBait.signals.bait, where).toBe('off');
      // Cosmetic filtering alone leaves the ad libraries working: only the hidden slots remain,
      // and they never decide alone.
      expect(noBait.blocked, where).toBe(condition !== 'cosmetic');
      await t.context.close();
    });
});

// AdSense Auto ads: the page carries the script and no `<ins class="adsbygoogle">` (Auto ads places
// the slots later). uBlock Origin's stand-in then has no slot to fill, so the slots show nothing;
// its `adsbygoogle` is what is left to see: `{ loaded: true, push() {} }`, a push that does
// nothing. The page's first detection runs with the bait off, so no cosmetic rule can decide.
describe('AdSense Auto ads (no slot on the page), bait off: the stand-in itself is seen', () => {
  const autoAds = () =>
    articleHtml(suite.server, {
      ad: { libraries: 'adsense', params: { autoAds: 1 } },
      slot: '',
      head: FP_RECORDER,
      bodyEnd: `<script src="${LOADER_SRC}"></script><script>Politely.detect({ bait: false })</script>`,
    });

  it.each(STAND_IN_CONDITIONS)(`%s: "blocked" on every one of ${LOADS} loads, by the stand-in`, async (condition) => {
    const url = suite.server.page('/stand-ins/auto-ads.html', autoAds());
    for (let i = 1; i <= LOADS; i++) {
      const t = await openPage(suite.browser, condition);
      try {
        await t.page.goto(url, { waitUntil: 'domcontentloaded' });
        const v = await firstVerdict(t.page);
        const where = `${condition}, auto ads, load ${i}: ${show(v)}`;
        expect(v.signals.bait, where).toBe('off');
        expect(v.signals.adSlots, where).toBe('off');
        expect(v.signals.standIn, where).toBe('blocked');
        expect(v.blocked, where).toBe(true);
      } finally {
        await t.context.close();
      }
    }
  });
});
