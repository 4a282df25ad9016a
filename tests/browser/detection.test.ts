// Detection judged in real Chromium against Ghostery's engine applying the real EasyList.
import { afterAll, describe, expect, it } from 'vitest';
import {
  BLOCKING,
  CONDITIONS,
  VERDICT_RECORDER,
  articleHtml,
  firstVerdict,
  launchChromium,
  useBrowser,
  median,
  openPage,
  type Condition,
  type RecordedVerdict,
} from './harness';

const LOADS = 5;
const POLITELY = '<script src="/dist/politely.js"></script>';
const DETECT = '<script>Politely.detect()</script>';

const timings: Record<string, number[]> = {};

const suite = useBrowser(launchChromium);
afterAll(() => {
  const rows = Object.entries(timings).map(([c, t]) => `${c}: median ${median(t).toFixed(0)} ms, worst ${Math.max(...t).toFixed(0)} ms`);
  console.log(`[politely] DOMContentLoaded → verdict over ${LOADS} loads each\n  ${rows.join('\n  ')}`);
});

async function load(condition: Condition, html: string, path = '/article.html') {
  const t = await openPage(suite.browser, condition);
  await t.page.goto(suite.server.page(path, html));
  const verdict = await firstVerdict(t.page);
  await t.context.close();
  return { verdict, errors: t.errors };
}

const expectSignal = (v: RecordedVerdict, name: keyof RecordedVerdict['signals'], signal: string) =>
  expect(v.signals[name], `${name} signal in ${JSON.stringify(v.signals)}`).toBe(signal);

describe.each(CONDITIONS)('article page, condition: %s', (condition) => {
  const blocked = BLOCKING.includes(condition);
  it(`reports ${blocked ? 'blocked' : 'not blocked'} on every one of ${LOADS} loads, with no page error`, async () => {
    const html = articleHtml(suite.server, { head: VERDICT_RECORDER, bodyEnd: POLITELY + DETECT });
    for (let i = 0; i < LOADS; i++) {
      const { verdict, errors } = await load(condition, html);
      expect(verdict.blocked, `load ${i + 1}: ${JSON.stringify(verdict)}`).toBe(blocked);
      expect(errors).toEqual([]);
      (timings[condition] ??= []).push(verdict.at - verdict.dcl);
    }
  });
});

describe('each signal, justified', () => {
  const page = () => articleHtml(suite.server, { head: VERDICT_RECORDER, bodyEnd: POLITELY + DETECT });

  it('bait: cosmetic filters hide the bait while the ad library still loads', async () => {
    const { verdict } = await load('cosmetic', page());
    expectSignal(verdict, 'bait', 'blocked');
    expect(verdict.blocked).toBe(true);
  });

  it('ad stack + network: network rules stop the ad library, and a second Google host is refused too', async () => {
    const { verdict } = await load('network', page());
    expectSignal(verdict, 'adStack', 'blocked');
    expectSignal(verdict, 'network', 'blocked');
    expectSignal(verdict, 'bait', 'clear');
  });

  it('ad stack + network: a DNS sinkhole fails the library and the confirming request alike', async () => {
    const { verdict } = await load('dns', page());
    expectSignal(verdict, 'adStack', 'blocked');
    expectSignal(verdict, 'network', 'blocked');
  });

  it("bait + ad slots: EasyList hides the bait and the page's own ad slot", async () => {
    const { verdict } = await load('easylist', page());
    expectSignal(verdict, 'bait', 'blocked');
    expectSignal(verdict, 'adSlots', 'blocked');
  });

  it('EasyList with the bait off (as if the list dropped its names): the ad stack and the confirmation still see it', async () => {
    const noBait = '<script>Politely.detect({ bait: false })</script>';
    const { verdict } = await load('easylist', articleHtml(suite.server, { head: VERDICT_RECORDER, bodyEnd: POLITELY + noBait }));
    expect(verdict.blocked).toBe(true);
    expectSignal(verdict, 'bait', 'off');
    expectSignal(verdict, 'adStack', 'blocked');
    expectSignal(verdict, 'network', 'blocked');
  });

  it('ad stack: with no blocker the loaded library reads clear', async () => {
    const { verdict } = await load('none', page());
    expectSignal(verdict, 'adStack', 'clear');
    expectSignal(verdict, 'bait', 'clear');
    expectSignal(verdict, 'probe', 'off');
    expectSignal(verdict, 'network', 'off');
    expectSignal(verdict, 'standIn', 'clear');
  });

  it.each(['adsense', 'gpt'] as const)(
    'no blocker, %s ran for real: "not blocked" at half the deadline (300 ms), not at 600',
    async (ad) => {
      const { verdict } = await load('none', articleHtml(suite.server, { ad, head: VERDICT_RECORDER, bodyEnd: POLITELY + DETECT }));
      expect(verdict).toMatchObject({ blocked: false, signals: { bait: 'clear', adStack: 'clear', standIn: 'clear' } });
      expect(verdict.elapsedMs).toBeGreaterThanOrEqual(300);
      expect(verdict.elapsedMs).toBeLessThan(600);
    },
  );

  it('no blocker and no ad library: nothing shows that one would have run, so "not blocked" at the deadline', async () => {
    const { verdict } = await load('none', articleHtml(suite.server, { ad: 'none', head: VERDICT_RECORDER, bodyEnd: POLITELY + DETECT }));
    expect(verdict.blocked).toBe(false);
    expect(verdict.elapsedMs).toBeGreaterThanOrEqual(600);
  });

  it('probe: a publisher-chosen URL that EasyList blocks, on a page with no ad library', async () => {
    const probe = `<script>Politely.detect({ probeUrl: '${suite.server.origin('pagead2.googlesyndication.com')}/pagead/js/adsbygoogle.js' })</script>`;
    const html = articleHtml(suite.server, { ad: 'none', head: VERDICT_RECORDER, bodyEnd: POLITELY + probe });
    const blocked = await load('network', html);
    expectSignal(blocked.verdict, 'probe', 'blocked');
    expectSignal(blocked.verdict, 'adStack', 'off');
    const clear = await load('none', html);
    expectSignal(clear.verdict, 'probe', 'clear');
    expect(clear.verdict.blocked).toBe(false);
  });

  it('makes no request of its own unless a probe URL is given', async () => {
    const before = suite.server.requests.length;
    await load('none', articleHtml(suite.server, { ad: 'none', head: VERDICT_RECORDER, bodyEnd: POLITELY + DETECT }), '/quiet.html');
    const mine = suite.server.requests.slice(before).map((r) => r.split(' ')[1]);
    expect(mine).toEqual(['/quiet.html', '/dist/politely.js']);
  });
});

describe('never a false positive without a blocker', () => {
  it('slow ad network (3 s) is not a blocker', async () => {
    const html = articleHtml(suite.server, { ad: { delayMs: 3000 }, head: VERDICT_RECORDER, bodyEnd: POLITELY + DETECT });
    const { verdict, errors } = await load('none', html, '/slow.html');
    expect(verdict.blocked).toBe(false);
    expectSignal(verdict, 'adStack', 'inconclusive');
    expect(errors).toEqual([]);
  });

  it('script in <head> without defer, before <body> exists', async () => {
    const html = articleHtml(suite.server, { head: VERDICT_RECORDER + POLITELY + DETECT });
    for (const condition of ['none', 'easylist'] as const) {
      const { verdict, errors } = await load(condition, html, '/head.html');
      expect(verdict.blocked).toBe(condition === 'easylist');
      expect(errors).toEqual([]);
    }
  });

  it('async and defer script tags', async () => {
    for (const attr of ['async', 'defer']) {
      const tag = `<script ${attr} src="/dist/politely.js" onload="Politely.detect()"></script>`;
      const html = articleHtml(suite.server, { head: VERDICT_RECORDER + tag });
      for (const condition of ['none', 'easylist'] as const) {
        const { verdict, errors } = await load(condition, html, `/${attr}.html`);
        expect(verdict.blocked, `${attr} under ${condition}`).toBe(condition === 'easylist');
        expect(errors).toEqual([]);
      }
    }
  });

  it('inside a hidden iframe (no layout) it stays inconclusive, not blocked', async () => {
    const inner = suite.server.page('/inner.html', articleHtml(suite.server, { ad: 'none', bodyEnd: POLITELY + DETECT }));
    const outer = `<!doctype html><title>outer</title><iframe style="display:none" src="${inner}"></iframe>`;
    const t = await openPage(suite.browser, 'cosmetic');
    await t.page.goto(suite.server.page('/outer.html', outer));
    const frame = t.page.frames().find((f) => f.url().endsWith('/inner.html'))!;
    const verdict = await frame.evaluate(() =>
      (window as unknown as { Politely: { detect(): Promise<RecordedVerdict> } }).Politely.detect(),
    );
    expect(verdict.blocked).toBe(false);
    expectSignal(verdict, 'bait', 'inconclusive');
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('while printing, where print styles hide ad-like names', async () => {
    // Broad print rules, as publishers write them: every ad-like class, id and attribute.
    const css =
      '@media print { .ad-slot, .banner-ad, [class*="ad"], [id*="ad"], [class*="gpt"], [data-ad-manager-id], [data-ad-module] { display: none } }';
    const html = articleHtml(suite.server, { ad: 'none', css, head: VERDICT_RECORDER, bodyEnd: POLITELY });
    const t = await openPage(suite.browser, 'none');
    await t.page.goto(suite.server.page('/print.html', html));
    await t.page.emulateMedia({ media: 'print' });
    const verdict = await t.page.evaluate(() =>
      (window as unknown as { Politely: { detect(): Promise<RecordedVerdict> } }).Politely.detect(),
    );
    expect(verdict.blocked).toBe(false);
    expect(verdict.signals.bait).not.toBe('blocked');
    await t.context.close();
  });

  it('in a background tab (hidden, animation frames paused)', async () => {
    const background =
      "<script>Object.defineProperty(document,'visibilityState',{get:()=>'hidden'});" +
      "Object.defineProperty(document,'hidden',{get:()=>true});window.requestAnimationFrame=function(){return 0};</script>";
    const html = articleHtml(suite.server, { head: VERDICT_RECORDER + background, bodyEnd: POLITELY + DETECT });
    for (const condition of ['none', 'easylist'] as const) {
      const { verdict, errors } = await load(condition, html, '/background.html');
      expect(verdict.blocked, condition).toBe(condition === 'easylist');
      expect(errors).toEqual([]);
    }
  });
});

describe('one detection per page, shared; recheck runs a fresh one', () => {
  it('shares the first verdict and dispatches politely:verdict once per detection', async () => {
    const t = await openPage(suite.browser, 'easylist');
    await t.page.goto(suite.server.page('/shared.html', articleHtml(suite.server, { head: VERDICT_RECORDER, bodyEnd: POLITELY })));
    const result = await t.page.evaluate(async () => {
      const K = (window as unknown as { Politely: { detect(o?: object): Promise<RecordedVerdict> } }).Politely;
      const [a, b] = await Promise.all([K.detect(), K.detect()]);
      const c = await K.detect({ recheck: true });
      return {
        same: a === b,
        fresh: a !== c,
        events: (window as unknown as { __verdicts: unknown[] }).__verdicts.length,
        blocked: [a.blocked, c.blocked],
      };
    });
    expect(result).toEqual({ same: true, fresh: true, events: 2, blocked: [true, true] });
    await t.context.close();
  });
});
