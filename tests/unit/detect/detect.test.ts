// Detection in jsdom. jsdom has no layout and no ResizeObserver, so these tests say what layout
// would (./layout.ts: a "blocker's stylesheet" hides exactly what EasyList's generic rules for
// the bait hide) and render frames as a browser does. Requests (the confirmation) go to a stubbed
// `fetch`, wrapped in a Proxy so that it reads as the browser's own: a `fetch` that does not is
// page code in the way (see the tests of that below).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectOptions, Verdict } from '../../../src/detect/types';
import { installResizeObserver, layout, type FakeResizeObservers } from './layout';

type DetectModule = typeof import('../../../src/detect/index');
let detect: DetectModule['detect'];
let observers: FakeResizeObservers;

/** What EasyList's generic rules for the bait hide (as a blocker's injected stylesheet would). */
const BLOCKER_RULES = '[class^="div-gpt-ad"], [data-ad-manager-id], dfp-ad';
/** A `fetch` that reads as the browser's own (a callable Proxy stringifies as native code). */
const nativeLooking = (impl: (url: string) => Promise<Response>) => new Proxy(vi.fn(impl), {});
/** fetch as a blocker leaves it: `failing` URLs fail as blocked ones do, everything else answers. */
const network = (failing: RegExp) =>
  vi.stubGlobal(
    'fetch',
    nativeLooking(async (url) => (failing.test(url) ? Promise.reject(new TypeError('Failed to fetch')) : new Response(''))),
  );
const fetchCalls = () => (vi.mocked(fetch).mock?.calls ?? []) as unknown as [string, RequestInit][];
const fetchedUrls = () => fetchCalls().map((c) => String(c[0]));
const w = window as unknown as Record<string, unknown>;
const loading = () => vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');

beforeEach(async () => {
  vi.resetModules();
  ({ detect } = await import('../../../src/detect/index'));
  document.body.innerHTML = '<p>article</p>';
  document.head.innerHTML = '';
  observers = installResizeObserver();
  vi.stubGlobal(
    'fetch',
    nativeLooking(async () => new Response('')),
  );
});
afterEach(() => {
  observers.uninstall();
  delete (navigator as unknown as { serviceWorker?: unknown }).serviceWorker;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete w.adsbygoogle;
  delete w.googletag;
});

const addScript = (src: string, attributes: Record<string, string> = {}) => {
  const s = document.createElement('script');
  s.src = src;
  for (const [name, value] of Object.entries(attributes)) s.setAttribute(name, value);
  document.head.appendChild(s);
  return s;
};
const ADSENSE = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1';
const GPT = 'https://securepubads.g.doubleclick.net/tag/js/gpt.js';
/** uBlock Origin's AdSense stand-in, as its redirect file defines it. */
const adsenseStandIn = () => (w.adsbygoogle = { loaded: true, push: function () {} });
/** The real AdSense, once loaded: a `push` that places ads. */
const realAdsense = () =>
  (w.adsbygoogle = {
    loaded: true,
    push(config: unknown) {
      return config && 0;
    },
  });
const realGpt = () => (w.googletag = { apiReady: true, getVersion: () => 'm202611200101', cmd: [] });

describe('bait', () => {
  it('blocked as soon as every bait element is hidden while the control is laid out', async () => {
    layout(BLOCKER_RULES);
    const v = await detect({ timeout: 5000 });
    expect(v).toMatchObject({ blocked: true, signals: { bait: 'blocked' } });
    expect(v.elapsedMs).toBeLessThan(1000);
  });

  it('not blocked at the deadline when the bait stays visible', async () => {
    layout();
    const v = await detect({ timeout: 120 });
    expect(v).toMatchObject({
      blocked: false,
      signals: { bait: 'clear', adSlots: 'off', adStack: 'off', standIn: 'off', network: 'off', probe: 'off' },
    });
    expect(v.elapsedMs).toBeGreaterThanOrEqual(100);
  });

  it.each([
    ['one name (a broad [class*="ad-"] rule)', '[class^="div-gpt-ad"]'],
    ['two names', '[class^="div-gpt-ad"], [data-ad-manager-id]'],
  ])('the page hiding %s is the page’s own CSS: inconclusive, never blocked', async (_name, rule) => {
    layout(rule);
    const v = await detect({ timeout: 60 });
    expect(v).toMatchObject({ blocked: false, signals: { bait: 'inconclusive' } });
  });

  it('catches a blocker whose stylesheet arrives later: the observer reports the bait losing its box', async () => {
    const spy = layout();
    setTimeout(() => (spy.mockRestore(), layout(BLOCKER_RULES)), 80);
    const v = await detect({ timeout: 2000 });
    expect(v.signals.bait).toBe('blocked');
    expect(v.elapsedMs).toBeGreaterThanOrEqual(70);
  });

  it('reads boxes only in the observer’s callback, where styles are up to date, never right after changing the page', async () => {
    layout();
    // Detection asks checkVisibility() where the browser has it; the fake observer measures with getClientRects().
    const outside: string[] = [];
    let inCallback = false;
    const visible = vi.fn(function (this: Element) {
      if (!inCallback) outside.push(this.outerHTML);
      return this.getClientRects().length > 0;
    });
    (Element.prototype as unknown as { checkVisibility: unknown }).checkVisibility = visible;
    const Observer = globalThis.ResizeObserver;
    vi.stubGlobal(
      'ResizeObserver',
      class extends Observer {
        constructor(callback: ResizeObserverCallback) {
          super((entries, observer) => {
            inCallback = true;
            try {
              callback(entries, observer);
            } finally {
              inCallback = false;
            }
          });
        }
      },
    );
    try {
      document.body.insertAdjacentHTML('beforeend', '<div><ins class="adsbygoogle"></ins></div>');
      await detect({ timeout: 100 });
      expect(visible).toHaveBeenCalled();
      expect(outside).toEqual([]);
    } finally {
      delete (Element.prototype as unknown as { checkVisibility?: unknown }).checkVisibility;
    }
  });

  it('inconclusive, never blocked, when the page is never rendered (a hidden iframe, a background tab)', async () => {
    layout(BLOCKER_RULES);
    observers.pause();
    const v = await detect({ timeout: 80 });
    expect(v).toMatchObject({ blocked: false, signals: { bait: 'inconclusive' } });
  });

  it('lives after <body>, in a box of its own; leaves nothing behind; hidden from assistive technology and not focusable', async () => {
    layout();
    const append = vi.spyOn(Element.prototype, 'append');
    const pending = detect({ timeout: 30 });
    const box = document.documentElement.lastElementChild!;
    expect(box.previousElementSibling).toBe(document.body);
    const seen = [...box.children].map((el) => el.outerHTML.replace(/ style="[^"]*"/, ''));
    expect(box.getAttribute('aria-hidden')).toBe('true');
    expect(box.querySelector('[tabindex]')).toBeNull();
    expect((box as HTMLElement).style.position).toBe('absolute');
    expect(append.mock.contexts.filter((el) => el == document.body)).toEqual([]);
    await pending;
    expect(seen).toEqual([
      '<div>&nbsp;</div>',
      '<div class="div-gpt-ad-top">&nbsp;</div>',
      '<div data-ad-manager-id="1">&nbsp;</div>',
      '<dfp-ad>&nbsp;</dfp-ad>',
    ]);
    expect(box.isConnected).toBe(false);
    expect(document.documentElement.lastElementChild).toBe(document.body);
  });

  it('bait: false leaves it out (as if EasyList dropped its names)', async () => {
    layout(BLOCKER_RULES);
    const v = await detect({ bait: false, timeout: 40 });
    expect(v).toMatchObject({ blocked: false, signals: { bait: 'off' } });
    expect(document.documentElement.lastElementChild).toBe(document.body);
  });
});

describe('ad slots', () => {
  it('the page’s own slots hidden: adSlots says so, but alone it never decides', async () => {
    document.body.innerHTML = '<main><ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins><div id="div-gpt-ad-1-0"></div></main>';
    layout();
    setTimeout(() => layout('ins.adsbygoogle, [id^="div-gpt-ad"]'), 40);
    const v = await detect({ timeout: 150 });
    expect(v).toMatchObject({ blocked: false, signals: { adSlots: 'blocked', bait: 'clear' } });
  });

  it('slots the ad library marked unfilled are not counted', async () => {
    document.body.innerHTML = '<main><ins class="adsbygoogle" data-ad-status="unfilled"></ins></main>';
    layout();
    setTimeout(() => layout('ins.adsbygoogle'), 40);
    expect((await detect({ timeout: 120 })).signals.adSlots).not.toBe('blocked');
  });
});

describe('stand-ins', () => {
  it('a GPT stand-in (getVersion() answers "") decides, and its confirmation is named too', async () => {
    layout();
    network(/doubleclick|googlesyndication/);
    addScript(GPT);
    w.googletag = { apiReady: true, getVersion: () => '', cmd: [] };
    const v = await detect({ timeout: 2000 });
    expect(v).toMatchObject({ blocked: true, signals: { standIn: 'blocked', network: 'blocked', adStack: 'clear' } });
    // The confirmation asks a Google ad host that blockers do not answer for fetch().
    expect(fetchedUrls().some((u) => u.startsWith('http://tpc.googlesyndication.com/'))).toBe(true);
  });

  it('the real GPT (it knows its version) is clear', async () => {
    layout();
    addScript(GPT);
    realGpt();
    expect((await detect({ timeout: 40 })).signals.standIn).toBe('clear');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('an AdSense stand-in in the slots (src-less iframes forced to 1 px) decides', async () => {
    layout();
    network(/doubleclick|googlesyndication/);
    document.body.innerHTML =
      '<ins class="adsbygoogle" data-adsbygoogle-status="done"><iframe id="aswift_0" style="height:1px!important;max-height:1px!important;max-width:1px!important;width:1px!important;"></iframe></ins>';
    const v = await detect({ timeout: 2000 });
    expect(v).toMatchObject({ blocked: true, signals: { standIn: 'blocked', network: 'blocked' } });
  });

  it('an AdSense stand-in on an Auto ads page (no slot at all): its push does nothing, and that decides', async () => {
    layout();
    network(/doubleclick|googlesyndication/);
    addScript(ADSENSE, { crossorigin: 'anonymous' });
    adsenseStandIn();
    const v = await detect({ timeout: 2000, bait: false });
    expect(v).toMatchObject({ blocked: true, signals: { standIn: 'blocked', network: 'blocked', adSlots: 'off', bait: 'off' } });
  });

  it('the real AdSense (its iframes load an ad from a src; its push places ads) is clear', async () => {
    layout();
    addScript(ADSENSE);
    realAdsense();
    document.body.innerHTML =
      '<ins class="adsbygoogle" data-adsbygoogle-status="done"><div id="aswift_0_host"><iframe id="aswift_0" src="https://googleads.g.doubleclick.net/pagead/ads?x" width="728" height="90"></iframe></div></ins>';
    expect((await detect({ timeout: 40 })).signals).toMatchObject({ standIn: 'clear', adStack: 'clear' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a googletag inherited from a polluted Object.prototype is not the page’s', async () => {
    layout();
    (Object.prototype as Record<string, unknown>).googletag = { apiReady: true, getVersion: () => '' };
    try {
      expect((await detect({ timeout: 40 })).signals.standIn).toBe('off');
    } finally {
      delete (Object.prototype as Record<string, unknown>).googletag;
    }
  });

  it('a googletag whose getVersion throws (a hostile page) is inconclusive; the other signals go on', async () => {
    layout(BLOCKER_RULES);
    addScript(GPT);
    w.googletag = {
      apiReady: true,
      getVersion() {
        throw new Error('no');
      },
    };
    const v = await detect({ timeout: 2000 });
    expect(v).toMatchObject({ blocked: true, signals: { adStack: 'inconclusive', bait: 'blocked' } });
  });
});

describe('ad stack and the confirmation', () => {
  it('off on a page without ad scripts', async () => {
    layout();
    addScript('https://cdn.example.com/app.js');
    expect((await detect({ timeout: 30 })).signals.adStack).toBe('off');
  });

  it('a failed ad script plus a failing ad host while the own origin answers: blocked (network-level blocking)', async () => {
    layout();
    network(/googlesyndication|doubleclick/);
    const s = addScript(ADSENSE);
    const pending = detect({ timeout: 2000 });
    s.dispatchEvent(new Event('error'));
    const v = await pending;
    expect(v).toMatchObject({ blocked: true, signals: { adStack: 'blocked', network: 'blocked' } });
    // The confirmation: another Google ad host (neither library's) and the page's own origin.
    expect(fetchedUrls().sort()).toEqual(['http://localhost:3000/robots.txt', 'http://tpc.googlesyndication.com/sodar/sodar2.js']);
    expect(fetchCalls()[0][1]).toMatchObject({ method: 'HEAD', mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('a failed ad script while the other ad host answers (a 404, a reset, an outage of one server): not blocked', async () => {
    layout();
    const s = addScript(ADSENSE);
    const pending = detect({ timeout: 2000 });
    s.dispatchEvent(new Event('error'));
    expect(await pending).toMatchObject({ blocked: false, signals: { adStack: 'blocked', network: 'clear' } });
  });

  it('the own origin failing too (the network is down): inconclusive', async () => {
    layout();
    network(/./);
    const s = addScript(ADSENSE);
    const pending = detect({ timeout: 2000 });
    s.dispatchEvent(new Event('error'));
    expect(await pending).toMatchObject({ blocked: false, signals: { network: 'inconclusive' } });
  });

  it('offline: no request, inconclusive', async () => {
    layout();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const s = addScript(ADSENSE);
    const pending = detect({ timeout: 300 });
    s.dispatchEvent(new Event('error'));
    expect(await pending).toMatchObject({ blocked: false, signals: { network: 'inconclusive' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('the page’s Content-Security-Policy refusing the request: inconclusive, not blocked', async () => {
    layout();
    vi.stubGlobal(
      'fetch',
      nativeLooking(async (url) => {
        if (url.includes('robots')) return new Response('');
        document.dispatchEvent(Object.assign(new Event('securitypolicyviolation'), { blockedURI: 'http://tpc.googlesyndication.com' }));
        throw new TypeError('Failed to fetch');
      }),
    );
    const s = addScript(ADSENSE);
    const pending = detect({ timeout: 2000 });
    s.dispatchEvent(new Event('error'));
    expect(await pending).toMatchObject({ blocked: false, signals: { network: 'inconclusive' } });
  });

  it.each([
    [
      'a consent tool’s auto-blocking that refuses fetch() to ad hosts until consent',
      () =>
        vi.stubGlobal('fetch', function refusingAdHosts(url: string) {
          return /googlesyndication|doubleclick|ads\./.test(url)
            ? Promise.reject(new TypeError('blocked by consent'))
            : Promise.resolve(new Response(''));
        }),
    ],
    [
      'a service worker controlling the page (it could answer ad hosts with errors)',
      () => {
        network(/googlesyndication|doubleclick|ads\./);
        Object.defineProperty(navigator, 'serviceWorker', { value: { controller: {} }, configurable: true });
      },
    ],
  ])('page code in the way — %s: the failures prove nothing, inconclusive', async (_name, setUp) => {
    layout();
    setUp();
    const s = addScript(ADSENSE);
    const pending = detect({ timeout: 2000, probeUrl: 'https://ads.example-network.com/probe.gif' });
    s.dispatchEvent(new Event('error'));
    expect(await pending).toMatchObject({
      blocked: false,
      signals: { adStack: 'blocked', network: 'inconclusive', probe: 'inconclusive' },
    });
  });

  it('confirm: false never makes the confirming requests', async () => {
    layout();
    network(/googlesyndication|doubleclick/);
    const s = addScript(ADSENSE);
    const pending = detect({ timeout: 200, confirm: false });
    s.dispatchEvent(new Event('error'));
    expect(await pending).toMatchObject({ blocked: false, signals: { adStack: 'blocked', network: 'off' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('clear once the library has run', async () => {
    layout();
    addScript(GPT);
    realGpt();
    expect((await detect({ timeout: 50 })).signals.adStack).toBe('clear');
  });

  const timing = (src: string, responseStatus: number) =>
    vi
      .spyOn(performance, 'getEntriesByName')
      .mockImplementation((name) => (name == src ? [{ responseStatus, responseEnd: 5 } as unknown as PerformanceEntry] : []));

  it('a CORS script the browser lists as failed (status 0) before detection listened: confirmed at once', async () => {
    layout();
    network(/googlesyndication|doubleclick/);
    addScript(ADSENSE, { crossorigin: 'anonymous' });
    timing(ADSENSE, 0);
    loading();
    const v = await detect({ timeout: 2000 });
    expect(v).toMatchObject({ blocked: true, signals: { adStack: 'blocked', network: 'blocked' } });
    expect(v.elapsedMs).toBeLessThan(500);
  });

  it.each([
    ['GPT’s classic tag', GPT],
    ['AdSense without crossorigin', ADSENSE],
  ])(
    'status 0 on a script fetched without CORS (%s) is how every cross-origin answer reads: no suspicion, no request',
    async (_name, src) => {
      layout();
      addScript(src);
      timing(src, 0);
      loading();
      expect(await detect({ timeout: 80 })).toMatchObject({ blocked: false, signals: { adStack: 'inconclusive', network: 'off' } });
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('a CORS request that arrived (status 200) while the library has not run yet: no suspicion, no request', async () => {
    layout();
    addScript(ADSENSE, { crossorigin: 'anonymous' });
    timing(ADSENSE, 200);
    loading();
    setTimeout(realAdsense, 30);
    expect(await detect({ timeout: 300 })).toMatchObject({ blocked: false, signals: { adStack: 'clear', network: 'off' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a library on the page while it loaded, not run once the page has loaded: blocked, and confirmed', async () => {
    layout();
    network(/googlesyndication|doubleclick/);
    addScript(GPT);
    const state = loading();
    const pending = detect({ timeout: 2000 });
    setTimeout(() => (state.mockReturnValue('complete'), document.dispatchEvent(new Event('readystatechange'))), 40);
    expect(await pending).toMatchObject({ blocked: true, signals: { adStack: 'blocked', network: 'blocked' } });
  });

  it('a library a tag manager adds after detection started, still loading when the page has loaded: no suspicion', async () => {
    layout();
    const state = loading();
    const pending = detect({ timeout: 150 });
    setTimeout(() => addScript(GPT), 20);
    setTimeout(() => (state.mockReturnValue('complete'), document.dispatchEvent(new Event('readystatechange'))), 40);
    expect(await pending).toMatchObject({ blocked: false, signals: { adStack: 'inconclusive', network: 'off' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a nomodule script, which a browser that runs modules never fetches, is no library that should have run', async () => {
    layout();
    const s = addScript(GPT);
    s.noModule = true;
    expect(await detect({ timeout: 60 })).toMatchObject({ signals: { adStack: 'off', network: 'off' } });
  });

  it('an adScript listed with status 0 is judged by its error event only', async () => {
    layout();
    const own = 'https://ads.example-network.com/loader.js';
    addScript(own);
    timing(own, 0);
    loading();
    expect(await detect({ timeout: 60, adScripts: [own] })).toMatchObject({ signals: { adStack: 'inconclusive', network: 'off' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['a consent manager holding it as text/plain', ADSENSE, { type: 'text/plain' }],
    ['a chat widget served as /widgets/gpt.js', 'https://news.example/widgets/gpt.js', {}],
    ['a Prebid configuration file', 'https://news.example/js/prebid-config.js', {}],
    ['a self-hosted copy named adsbygoogle.js', 'https://news.example/assets/adsbygoogle.js', {}],
  ])('is not an ad library: %s', async (_name, src, attributes) => {
    layout();
    const s = addScript(src, attributes);
    const pending = detect({ timeout: 60 });
    s.dispatchEvent(new Event('error'));
    expect((await pending).signals.adStack).toBe('off');
  });

  it('watches the publisher’s adScripts by host and path, not by a part of the URL', async () => {
    layout();
    network(/doubleclick|googlesyndication|example-network/);
    const other = addScript('https://ads.example-network.com/loader.js.map');
    const s = addScript('https://ads.example-network.com/loader.js?v=3');
    const pending = detect({ timeout: 2000, adScripts: ['https://ads.example-network.com/loader.js'] });
    other.dispatchEvent(new Event('error'));
    s.dispatchEvent(new Event('error'));
    expect(await pending).toMatchObject({ blocked: true, signals: { adStack: 'blocked', network: 'blocked' } });
  });
});

describe('a library that ran outranks a failed request', () => {
  it.each([
    ['AdSense', () => (addScript(ADSENSE), realAdsense())],
    ['GPT', () => (addScript(GPT), realGpt())],
  ])('%s ran for real, every confirming host unreachable (a proxy, a school filter): not blocked', async (_name, setUp) => {
    layout();
    network(/googlesyndication|doubleclick|example-network/);
    setUp();
    const v = await detect({ timeout: 300, probeUrl: 'https://ads.example-network.com/probe.gif' });
    expect(v).toMatchObject({ blocked: false, signals: { adStack: 'clear', probe: 'blocked' } });
  });

  it('a library still on its way when the failed probe answers (it may yet run): not blocked, then or at the deadline', async () => {
    layout();
    network(/example-network/);
    addScript(GPT);
    loading();
    const v = await detect({ timeout: 300, probeUrl: 'https://ads.example-network.com/probe.gif' });
    expect(v).toMatchObject({ blocked: false, signals: { adStack: 'inconclusive', probe: 'blocked' } });
    expect(v.elapsedMs).toBeGreaterThanOrEqual(250);
  });

  it('a library that failed (as under a blocker) no longer holds a failed probe back: blocked', async () => {
    layout();
    network(/googlesyndication|doubleclick|example-network/);
    const script = addScript(GPT);
    loading();
    const verdict = detect({ timeout: 2000, probeUrl: 'https://ads.example-network.com/probe.gif' });
    script.dispatchEvent(new Event('error'));
    expect(await verdict).toMatchObject({ blocked: true, signals: { adStack: 'blocked', probe: 'blocked' } });
  });

  it('a stand-in that looks like the library does not count as the library: blocked', async () => {
    layout();
    network(/googlesyndication|doubleclick|example-network/);
    addScript(GPT);
    w.googletag = { apiReady: true, getVersion: () => '', cmd: [] };
    expect(await detect({ timeout: 2000, probeUrl: 'https://ads.example-network.com/probe.gif' })).toMatchObject({
      blocked: true,
      signals: { standIn: 'blocked', probe: 'blocked' },
    });
  });
});

describe('probeUrl', () => {
  it('off by default: no request is made on a normal page', async () => {
    layout();
    await detect({ timeout: 20 });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('blocked when the probe fails while the page’s own origin answers (a page without ad libraries)', async () => {
    layout();
    network(/ads\.example\.com/);
    const v = await detect({ timeout: 2000, probeUrl: 'https://ads.example.com/ad.js' });
    expect(v).toMatchObject({ blocked: true, signals: { probe: 'blocked' } });
  });

  it('clear when it answers; a relative URL resolves against the document’s base URL (a srcdoc frame’s is its parent’s)', async () => {
    layout();
    const base = document.createElement('base');
    base.href = 'https://news.example/section/';
    document.head.append(base);
    const v = await detect({ timeout: 300, probeUrl: '/ads.js' });
    expect(v.signals.probe).toBe('clear');
    expect(fetchedUrls().sort()).toEqual(['https://news.example/ads.js', 'https://news.example/robots.txt']);
  });

  it.each(['javascript:alert(1)', 'data:text/plain,x', 'ftp://example.com/ads.js'])('never requests %s', async (url) => {
    layout();
    const v = await detect({ timeout: 100, probeUrl: url });
    expect(fetch).not.toHaveBeenCalled();
    expect(v.signals.probe).toBe('inconclusive');
  });
});

describe('not blocked before the deadline', () => {
  const REAL_ADSENSE_SLOT =
    '<ins class="adsbygoogle" data-adsbygoogle-status="done"><iframe id="aswift_0" src="https://googleads.g.doubleclick.net/pagead/ads?x"></iframe></ins>';

  it.each([
    ['GPT ran and knows its version', () => (addScript(GPT), realGpt())],
    [
      'AdSense ran and its slot loads an ad from a src',
      () => {
        addScript(ADSENSE);
        realAdsense();
        document.body.insertAdjacentHTML('beforeend', REAL_ADSENSE_SLOT);
      },
    ],
  ])('at half the deadline when every ad library ran and left a real library’s mark: %s', async (_name, setUp) => {
    layout();
    setUp();
    const v = await detect({ timeout: 1000 });
    expect(v).toMatchObject({ blocked: false, signals: { bait: 'clear', adStack: 'clear', standIn: 'clear' } });
    expect(v.elapsedMs).toBeGreaterThanOrEqual(495);
    expect(v.elapsedMs).toBeLessThan(900);
  });

  it.each<[string, () => unknown, DetectOptions?]>([
    ['a page without ad libraries', () => {}],
    ['a page still loading', () => (addScript(GPT), realGpt(), loading())],
    ['the bait partly hidden (inconclusive)', () => (addScript(GPT), realGpt(), layout('[class^="div-gpt-ad"]'))],
    [
      'an ad slot hidden',
      () => (
        addScript(GPT),
        realGpt(),
        document.body.insertAdjacentHTML('beforeend', '<div><div id="div-gpt-ad-1"></div></div>'),
        setTimeout(() => layout('#div-gpt-ad-1'), 30)
      ),
    ],
    ['an ad library that ran without a mark only the real one leaves', () => (addScript(ADSENSE), realAdsense())],
    ['a second library that has not run', () => (addScript(GPT), realGpt(), addScript(ADSENSE))],
    [
      'a confirming request still unanswered (the library failed once, then ran)',
      () => {
        vi.stubGlobal(
          'fetch',
          nativeLooking(() => new Promise(() => {})),
        );
        const s = addScript(GPT);
        setTimeout(() => s.dispatchEvent(new Event('error')), 20);
        setTimeout(realGpt, 60);
      },
    ],
    [
      'the probeUrl request still unanswered',
      () => {
        addScript(GPT);
        realGpt();
        vi.stubGlobal(
          'fetch',
          nativeLooking(() => new Promise(() => {})),
        );
      },
      { probeUrl: 'https://ads.example-network.com/probe.js' },
    ],
  ])('only at the deadline on %s', async (_name, setUp, options = {}) => {
    layout();
    setUp();
    const v = await detect({ timeout: 400, ...options });
    expect(v.blocked).toBe(false);
    expect(v.elapsedMs).toBeGreaterThanOrEqual(395);
  });
});

describe('waking on events, not on a timer', () => {
  it('a detection with no blocker sets at most two timers (half the deadline, the deadline) and no interval', async () => {
    layout();
    addScript(GPT);
    realGpt();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const intervals = vi.spyOn(globalThis, 'setInterval');
    await detect({ timeout: 300 });
    expect(timeouts.mock.calls.length).toBeLessThanOrEqual(2);
    expect(intervals).not.toHaveBeenCalled();
  });

  it('wakes when an ad script loads, and when the page has loaded', async () => {
    layout();
    network(/googlesyndication|doubleclick/);
    const s = addScript(GPT);
    const state = loading();
    const pending = detect({ timeout: 5000 });
    // A stand-in answered the request: its script's load event wakes detection at once.
    setTimeout(() => ((w.googletag = { apiReady: true, getVersion: () => '', cmd: [] }), s.dispatchEvent(new Event('load'))), 30);
    const v = await pending;
    expect(v).toMatchObject({ blocked: true, signals: { standIn: 'blocked' } });
    expect(v.elapsedMs).toBeLessThan(1000);
    state.mockRestore();
  });

  it('removes every listener, observer and timer it added when it ends', async () => {
    layout();
    addScript(GPT);
    const addSpy = vi.spyOn(EventTarget.prototype, 'addEventListener');
    await detect({ timeout: 60 });
    const options = addSpy.mock.calls.map((c) => c[2]).filter((o): o is AddEventListenerOptions => typeof o == 'object');
    expect(addSpy.mock.calls.length).toBeGreaterThan(0);
    // Every listener was added with the detection's signal, which is aborted now.
    expect(options.length).toBe(addSpy.mock.calls.length);
    expect(options.every((o) => o.signal?.aborted)).toBe(true);
    expect(observers.active()).toBe(0);
  });
});

describe('detect()', () => {
  it('shares one detection per page; recheck runs a fresh one', async () => {
    layout();
    const a = detect({ timeout: 20 });
    expect(detect()).toBe(a);
    const b = detect({ recheck: true, timeout: 500 });
    expect(b).not.toBe(a);
    expect((await a).blocked).toBe(false);
    layout(BLOCKER_RULES);
    expect((await detect({ recheck: true, timeout: 500 })).blocked).toBe(true);
  });

  it('dispatches politely:verdict on document with the verdict as detail, once per detection', async () => {
    layout(BLOCKER_RULES);
    const seen: Verdict[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent<Verdict>).detail);
    document.addEventListener('politely:verdict', listener);
    const v = await detect({ timeout: 500 });
    await detect();
    document.removeEventListener('politely:verdict', listener);
    expect(seen).toEqual([v]);
  });

  it('options inherited from a polluted Object.prototype are ignored (the bait stays on)', async () => {
    layout(BLOCKER_RULES);
    const proto = Object.prototype as Record<string, unknown>;
    proto.bait = false;
    proto.timeout = 1;
    try {
      expect((await detect()).signals.bait).toBe('blocked');
    } finally {
      delete proto.bait;
      delete proto.timeout;
    }
  });

  it.each<[string, () => unknown]>([
    [
      'a Proxy whose traps throw',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('trap');
            },
            get: () => {
              throw new Error('trap');
            },
          },
        ),
    ],
    [
      'a getter that throws',
      () => ({
        get timeout() {
          throw new Error('getter');
        },
      }),
    ],
    ['a string', () => 'fast please'],
    ['nonsense values', () => ({ timeout: 'soon', adScripts: 'x.js', probeUrl: 42, bait: 'no' })],
    ['a timeout too large for a timer', () => ({ timeout: 1e12 })],
  ])('never throws, whatever it is given: %s (one warning at most, the defaults)', async (_name, options) => {
    layout(BLOCKER_RULES);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let pending: Promise<Verdict> | undefined;
    expect(() => (pending = detect(options() as DetectOptions))).not.toThrow();
    expect((await pending!).blocked).toBe(true);
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
    for (const call of warn.mock.calls) expect(String(call[0])).toMatch(/^\[politely\] /);
  });

  it('keeps working when the page replaced built-ins with legacy polyfills (MooTools/Prototype style)', async () => {
    layout(BLOCKER_RULES);
    const from = Array.from;
    // MooTools' Array.from ignores its map function and wraps what is not an array.
    Array.from = ((x: unknown) => (Array.isArray(x) ? x : [x])) as typeof Array.from;
    try {
      expect((await detect({ timeout: 2000 })).blocked).toBe(true);
    } finally {
      Array.from = from;
    }
  });
});
