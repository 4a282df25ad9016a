// The harness checks itself: the ad hosts answer on port 80 as real ad URLs are written, the ad
// library fixtures behave like the real libraries where a detector could look, the failure modes
// are real, and the stand-in conditions emulate what they claim (uBO's stand-ins answer the ad
// libraries; Brave's emulation has no cosmetic filtering, uBO's has).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  AD_HOST,
  AD_HOSTS,
  GPT_AD_UNIT,
  GPT_DIV,
  GPT_VERSION,
  SITE,
  articleHtml,
  gptCommands,
  gptScript,
  gptSlot,
  launchChromium,
  openPage,
  standIns,
  useBrowser,
  type Condition,
} from './harness';

const suite = useBrowser(launchChromium);

type W = Record<string, any>;
let n = 0;
async function open(condition: Condition, html: string, waitUntil: 'load' | 'commit' = 'load') {
  const t = await openPage(suite.browser, condition);
  await t.page.goto(suite.server.page(`/harness-${n++}.html`, html), { waitUntil });
  return t;
}
/** Evaluates `fn(window)` in the page. */
const win = <T>(page: Page, fn: (w: W) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window)`) as Promise<T>;

/** A page with AdSense, GPT and the bait element EasyList hides with `##[class^="div-gpt-ad"]`. */
const BAIT = '<div class="div-gpt-ad-x" id="bait" style="height:20px">bait</div>';
const both = () => articleHtml(suite.server, { ad: { libraries: ['adsense', 'gpt'] }, bodyEnd: BAIT });

describe('server: the ad hosts on port 80', () => {
  it('writes ad origins without a port and the site with its port; every ad host answers', async () => {
    expect(suite.server.origin(AD_HOST)).toBe('http://pagead2.googlesyndication.com');
    expect(suite.server.origin()).toBe(`http://${SITE}:${suite.server.port}`);
    const t = await open('none', articleHtml(suite.server, { ad: 'none' }));
    const statuses = await t.page.evaluate(
      (hosts) => Promise.all(hosts.map((h) => fetch(`http://${h}/anything.js`).then((r) => [h, r.status] as const))),
      [...AD_HOSTS],
    );
    expect(statuses).toEqual(AD_HOSTS.map((h) => [h, 200]));
    const seen = suite.server.log.filter((e) => e.url === '/anything.js');
    expect(new Set(seen.map((e) => e.port))).toEqual(new Set([80]));
    await t.context.close();
  });
});

describe('fixtures: the ad libraries as the real ones', () => {
  it('AdSense: replaces the queue, fills each slot with an aswift iframe on googleads, throws on a push with no slot', async () => {
    const t = await open('none', articleHtml(suite.server));
    await t.page.waitForSelector('ins.adsbygoogle[data-ad-status="filled"]', { timeout: 10_000 });
    const state = await win(t.page, () => {
      const ins = document.querySelector('ins.adsbygoogle')!;
      const frame = ins.querySelector('div#aswift_0_host > iframe#aswift_0') as HTMLIFrameElement;
      const ag = (window as W).adsbygoogle;
      let error = '';
      try {
        ag.push({});
      } catch (e) {
        error = String(e);
      }
      return {
        array: Array.isArray(ag),
        loaded: ag.loaded,
        status: ins.getAttribute('data-adsbygoogle-status'),
        src: frame.src,
        width: frame.offsetWidth,
        height: frame.offsetHeight,
        error,
      };
    });
    expect(state).toMatchObject({ array: false, loaded: true, status: 'done', error: expect.stringContaining('already have ads in them') });
    expect(state.src).toMatch(/^http:\/\/googleads\.g\.doubleclick\.net\/pagead\/ads\?client=ca-pub-0000000000000000&.*slot=1234567890/);
    expect(state.width).toBeGreaterThan(100);
    expect(state.height).toBeGreaterThan(50);
    expect(suite.server.requests.some((r) => r.startsWith('googleads.g.doubleclick.net /pagead/ads?client='))).toBe(true);
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('AdSense auto ads: an ad placed in the article and the hidden vignette slot', async () => {
    const t = await open('none', articleHtml(suite.server, { ad: { params: { autoAds: 1 } }, slot: '' }));
    await t.page.waitForSelector('.google-auto-placed ins.adsbygoogle[data-ad-status="filled"]', { timeout: 10_000 });
    expect(await t.page.locator('ins.adsbygoogle-noablate[data-ad-status="unfilled"]').evaluate((e) => getComputedStyle(e).display)).toBe(
      'none',
    );
    await t.context.close();
  });

  for (const host of ['securepubads.g.doubleclick.net', 'www.googletagservices.com'])
    it(`GPT from ${host}: ready only after its second file, a real version, slots rendered in googleads iframes`, async () => {
      const html = articleHtml(suite.server, { ad: { libraries: 'gpt', gptHost: host, params: { pubadsDelay: 1500 } } });
      const t = await open('none', html, 'commit');
      // gpt.js has run (the second file is on its way) but the API is not ready yet.
      await t.page.waitForFunction(() => (window as W).googletag?._loaded_ === true, null, { timeout: 10_000 });
      expect(await win(t.page, (w) => [w.googletag.apiReady, typeof w.googletag.getVersion])).toEqual([undefined, 'undefined']);
      await t.page.waitForFunction(() => (window as W).googletag.apiReady === true, null, { timeout: 10_000 });
      const id = `google_ads_iframe_${GPT_AD_UNIT}_0`;
      await t.page.waitForFunction((id) => document.getElementById(id)?.getAttribute('data-load-complete') === 'true', id, {
        timeout: 10_000,
      });
      const state = await t.page.evaluate((id) => {
        const g = (window as W).googletag;
        const frame = document.getElementById(id) as HTMLIFrameElement;
        return {
          version: g.getVersion(),
          pubadsReady: g.pubadsReady,
          slots: g
            .pubads()
            .getSlots()
            .map((s: W) => s.getSlotElementId()),
          parent: frame.parentElement!.id,
          grandparent: frame.parentElement!.parentElement!.id,
          src: frame.src,
          size: [frame.offsetWidth, frame.offsetHeight],
        };
      }, id);
      expect(state).toMatchObject({
        version: GPT_VERSION,
        pubadsReady: true,
        slots: [GPT_DIV],
        parent: `${id}__container__`,
        grandparent: GPT_DIV,
        size: [300, 250],
      });
      expect(state.src).toMatch(/^http:\/\/googleads\.g\.doubleclick\.net\/pagead\/ads\?/);
      expect(suite.server.requests).toContain(
        `securepubads.g.doubleclick.net /pagead/managed/js/gpt/${GPT_VERSION}/pubads_impl.js?delay=1500`,
      );
      expect(t.errors).toEqual([]);
      await t.context.close();
    });

  it('GPT lazy loading: a slot far below the fold gets its iframe only when scrolled near', async () => {
    const div = 'div-gpt-ad-1234-9';
    const html = articleHtml(suite.server, {
      ad: 'none',
      headEnd: gptScript(suite.server) + gptCommands({ slots: [{ div }], lazy: '{ fetchMarginPercent: 100 }' }),
      afterArticle: `<div style="height:12000px">Comments</div>${gptSlot(div)}`,
    });
    const t = await open('none', html);
    await t.page.waitForFunction(() => (window as W).googletag?.apiReady === true, null, { timeout: 10_000 });
    await t.page.waitForTimeout(500);
    expect(await t.page.locator(`#${div} iframe`).count()).toBe(0);
    await t.page.locator(`#${div}`).scrollIntoViewIfNeeded();
    await t.page.locator(`#${div} iframe`).waitFor({ state: 'attached', timeout: 5000 });
    await t.context.close();
  });

  it('Amazon apstag: replaces the stub and answers the queued bid request', async () => {
    const t = await open('none', articleHtml(suite.server, { ad: { libraries: ['gpt', 'apstag'] } }));
    await t.page.waitForFunction(() => typeof (window as W).apstag?._getSlotIdToSlotMapping === 'function', null, { timeout: 10_000 });
    await t.page.waitForFunction((div) => !!(window as W).apstag._getSlotIdToSlotMapping()[div], GPT_DIV, { timeout: 10_000 });
    expect(t.errors).toEqual([]);
    await t.context.close();
  });
});

describe('failure modes are real: the server fails, not the page', () => {
  it('status=404|500 and reset=1 fail the script; delay makes it slow; pubadsStatus fails GPT’s second file', async () => {
    const t = await open('none', articleHtml(suite.server, { ad: 'none' }));
    const load = (url: string) =>
      t.page.evaluate(
        (src) =>
          new Promise<{ ok: boolean; ms: number }>((done) => {
            const start = performance.now();
            const s = document.createElement('script');
            s.src = src;
            s.onload = () => done({ ok: true, ms: performance.now() - start });
            s.onerror = () => done({ ok: false, ms: performance.now() - start });
            document.head.appendChild(s);
          }),
        url,
      );
    const base = `${suite.server.origin(AD_HOST)}/pagead/show_ads.js`;
    expect((await load(base)).ok).toBe(true);
    expect((await load(`${base}?status=404`)).ok).toBe(false);
    expect((await load(`${base}?status=500`)).ok).toBe(false);
    expect((await load(`${base}?reset=1`)).ok).toBe(false);
    const slow = await load(`${base}?delay=700`);
    expect(slow.ok).toBe(true);
    expect(slow.ms).toBeGreaterThanOrEqual(650);
    await t.context.close();

    const gpt = await open('none', articleHtml(suite.server, { ad: { libraries: 'gpt', params: { pubadsStatus: 404 } } }));
    await gpt.page.waitForFunction(() => (window as W).googletag?._loaded_ === true, null, { timeout: 10_000 });
    await gpt.page.waitForLoadState('load');
    await gpt.page.waitForTimeout(300);
    expect(await win(gpt.page, (w) => w.googletag.apiReady)).toBeUndefined();
    await gpt.context.close();
  });
});

describe('stand-in conditions are what they claim', () => {
  it('finds uBO’s generic redirect rules for adsbygoogle.js and gpt.js in the Debian package', () => {
    const rules = standIns().rules;
    expect(rules.some((r) => r.file.endsWith('/googlesyndication_adsbygoogle.js'))).toBe(true);
    expect(rules.some((r) => r.file.endsWith('/googletagservices_gpt.js'))).toBe(true);
  });

  it('none: the real fixtures run (GPT reports its version, AdSense slots hold googleads iframes), the bait is visible', async () => {
    const t = await open('none', both());
    await t.page.waitForFunction(() => (window as W).googletag?.apiReady === true, null, { timeout: 10_000 });
    expect(await win(t.page, (w) => w.googletag.getVersion())).toBe(GPT_VERSION);
    await t.page.waitForSelector('ins.adsbygoogle iframe#aswift_0[src^="http://googleads.g.doubleclick.net/"]', {
      state: 'attached',
      timeout: 10_000,
    });
    await t.page.waitForTimeout(500);
    expect(await t.page.locator('#bait').evaluate((e) => (e as HTMLElement).offsetHeight)).toBeGreaterThan(0);
    await t.context.close();
  });

  it('brave: stand-ins answer GPT and AdSense, other EasyList-blocked requests still fail, no cosmetic filtering', async () => {
    const before = suite.server.requests.length;
    const t = await open('brave', both());
    await t.page.waitForFunction(() => (window as W).googletag?.apiReady === true, null, { timeout: 10_000 });
    expect(await win(t.page, (w) => w.googletag.getVersion())).toBe('');
    const frame = t.page.locator('.adsbygoogle iframe#aswift_0');
    await frame.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await frame.evaluate((f) => [f.hasAttribute('src'), (f as HTMLElement).style.maxWidth])).toEqual([false, '1px']);
    expect(await win(t.page, (w) => [Array.isArray(w.adsbygoogle), w.adsbygoogle.loaded])).toEqual([false, true]);
    // The stand-ins answered in the browser: the ad scripts never reached the server.
    const mine = suite.server.requests.slice(before);
    expect(mine.filter((r) => r.startsWith(`${AD_HOST} `) || r.startsWith('securepubads.g.doubleclick.net '))).toEqual([]);
    // An EasyList-blocked request that is not a script still fails (and succeeds without a blocker).
    const probe = (page: Page) =>
      page.evaluate(() =>
        fetch('http://tpc.googlesyndication.com/simgad/123', { mode: 'no-cors', cache: 'no-store' }).then(
          () => 'ok',
          () => 'failed',
        ),
      );
    expect(await probe(t.page)).toBe('failed');
    // uBO's own list answers fetch() to pagead2.googlesyndication.com and doubleclick.net with no-op files.
    const fetched = await t.page.evaluate(() =>
      Promise.all(
        ['http://pagead2.googlesyndication.com/pagead/show_ads.js', 'http://securepubads.g.doubleclick.net/tag/js/gpt.js'].map((u) =>
          fetch(u, { cache: 'no-store' }).then(
            (r) => r.status,
            () => 'failed',
          ),
        ),
      ),
    );
    expect(fetched).toEqual([200, 200]);
    // No cosmetic filtering: the bait stays laid out.
    await t.page.waitForTimeout(1000);
    expect(await t.page.locator('#bait').evaluate((e) => (e as HTMLElement).offsetHeight)).toBeGreaterThan(0);
    expect(t.errors).toEqual([]);
    await t.context.close();

    const none = await open('none', articleHtml(suite.server, { ad: 'none' }));
    expect(await probe(none.page)).toBe('ok');
    await none.context.close();
  });

  it('ublock: the stand-ins and cosmetic filtering (the bait is hidden)', async () => {
    const t = await open('ublock', both());
    await t.page.waitForFunction(() => (window as W).googletag?.apiReady === true, null, { timeout: 10_000 });
    expect(await win(t.page, (w) => w.googletag.getVersion())).toBe('');
    await t.page.locator('.adsbygoogle iframe#aswift_0').waitFor({ state: 'attached', timeout: 10_000 });
    await expect.poll(() => t.page.locator('#bait').evaluate((e) => (e as HTMLElement).offsetHeight), { timeout: 5000 }).toBe(0);
    await t.context.close();
  });
});
