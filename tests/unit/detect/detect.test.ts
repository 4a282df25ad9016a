// jsdom has no layout, so these tests say what layout would: `isRendered` stands in for it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../../src/detect/types';
import { BAIT } from '../../../src/detect/bait-names';

type DetectModule = typeof import('../../../src/detect/index');
let detect: DetectModule['detect'];

beforeEach(async () => {
  vi.resetModules();
  ({ detect } = await import('../../../src/detect/index'));
  document.body.innerHTML = '<p>article</p>';
  document.head.innerHTML = '';
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (window as unknown as Record<string, unknown>).adsbygoogle;
});

/** Layout as a blocker leaves it: elements carrying a bait class have no box. */
const blockerLayout = (el: HTMLElement) => !el.classList.contains('ad-slot');
const cleanLayout = () => true;

describe('bait probe', () => {
  it('reports blocked as soon as the bait is hidden while the control is laid out', async () => {
    const v = await detect({ isRendered: blockerLayout, timeout: 5000 });
    expect(v.blocked).toBe(true);
    expect(v.signals.bait).toBe('blocked');
    expect(v.elapsedMs).toBeLessThan(1000);
  });

  it('reports not blocked at the deadline when the bait stays visible', async () => {
    const v = await detect({ isRendered: cleanLayout, timeout: 120 });
    expect(v).toMatchObject({ blocked: false, signals: { bait: 'clear', adStack: 'off', probe: 'off' } });
    expect(v.elapsedMs).toBeGreaterThanOrEqual(100);
  });

  it('catches a blocker that hides the bait a few frames late', async () => {
    let calls = 0;
    const v = await detect({ isRendered: (el) => !(el.classList.contains('ad-slot') && ++calls > 6), timeout: 2000 });
    expect(v.signals.bait).toBe('blocked');
  });

  it('is inconclusive, never blocked, without layout (jsdom, hidden iframes)', async () => {
    const v = await detect({ timeout: 60 });
    expect(v.blocked).toBe(false);
    expect(v.signals.bait).toBe('inconclusive');
  });

  it('is inconclusive while printing', async () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === 'print' }));
    const v = await detect({ isRendered: blockerLayout, timeout: 60 });
    expect(v.blocked).toBe(false);
    expect(v.signals.bait).toBe('inconclusive');
  });

  it('leaves no bait behind, and the bait is hidden from assistive technology', async () => {
    let seen: HTMLElement[] = [];
    await detect({
      isRendered: (el) => {
        seen.push(el);
        return true;
      },
      timeout: 30,
    });
    seen = [...new Set(seen)].sort((a) => (a.className ? -1 : 1));
    expect(seen).toHaveLength(2);
    for (const el of seen) {
      expect(el.getAttribute('aria-hidden')).toBe('true');
      expect(el.style.position).toBe('absolute');
      expect(el.isConnected).toBe(false);
    }
    expect(seen[0].className).toBe(BAIT);
    expect(seen[1].className).toBe('');
  });
});

describe('ad-stack probe', () => {
  const addScript = (src: string) => {
    const s = document.createElement('script');
    s.src = src;
    document.head.appendChild(s);
    return s;
  };

  it('is off on a page without ad scripts', async () => {
    addScript('https://cdn.example.com/app.js');
    expect((await detect({ isRendered: cleanLayout, timeout: 30 })).signals.adStack).toBe('off');
  });

  it('reports blocked when a known ad library fails to load', async () => {
    const s = addScript('https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1');
    const pending = detect({ isRendered: cleanLayout, timeout: 2000 });
    s.dispatchEvent(new Event('error'));
    const v = await pending;
    expect(v).toMatchObject({ blocked: true, signals: { adStack: 'blocked' } });
  });

  it('reports clear once the library has run (its ready flag is set)', async () => {
    addScript('https://securepubads.g.doubleclick.net/tag/js/gpt.js');
    (window as unknown as Record<string, unknown>).googletag = { apiReady: true };
    const v = await detect({ isRendered: cleanLayout, timeout: 50 });
    expect(v.signals.adStack).toBe('clear');
    delete (window as unknown as Record<string, unknown>).googletag;
  });

  it('watches scripts the publisher names', async () => {
    const s = addScript('https://ads.example-network.com/loader.js');
    const pending = detect({ isRendered: cleanLayout, timeout: 2000, adScripts: ['example-network.com/loader'] });
    s.dispatchEvent(new Event('error'));
    expect((await pending).signals.adStack).toBe('blocked');
  });

  it('a library still loading at the deadline is inconclusive, not blocked', async () => {
    addScript('https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js');
    const v = await detect({ isRendered: cleanLayout, timeout: 50 });
    expect(v).toMatchObject({ blocked: false, signals: { adStack: 'inconclusive' } });
  });
});

describe('request probe', () => {
  it('is off by default: no request is made', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await detect({ isRendered: cleanLayout, timeout: 20 });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports blocked when the request fails while online', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const v = await detect({ isRendered: cleanLayout, timeout: 500, probeUrl: 'https://ads.example.com/ad.js' });
    expect(v.signals.probe).toBe('blocked');
    expect(v.blocked).toBe(true);
  });

  it('reports clear when the request succeeds', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('')));
    vi.stubGlobal('fetch', fetch);
    const v = await detect({ isRendered: cleanLayout, timeout: 100, probeUrl: '/ads.js' });
    expect(v.signals.probe).toBe('clear');
    expect(fetch).toHaveBeenCalledWith('/ads.js', { mode: 'no-cors', cache: 'no-store' });
  });

  it('is inconclusive when the browser is offline', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const v = await detect({ isRendered: cleanLayout, timeout: 100, probeUrl: 'https://ads.example.com/ad.js' });
    expect(v).toMatchObject({ blocked: false, signals: { probe: 'inconclusive' } });
  });

  it.each(['javascript:alert(1)', 'data:text/plain,x', 'ftp://example.com/ads.js'])('never requests %s', async (url) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const v = await detect({ isRendered: cleanLayout, timeout: 20, probeUrl: url });
    expect(fetch).not.toHaveBeenCalled();
    expect(v.signals.probe).toBe('off');
  });
});

describe('detect()', () => {
  it('an unparsable probe URL: one [politely] warning, "not blocked", no request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const v = await detect({ isRendered: blockerLayout, probeUrl: 'http://[bad' });
    expect(v.blocked).toBe(false);
    expect(v.reason).toMatch(/URL/);
    expect(fetch).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('[aria-hidden]')).toHaveLength(0);
  });

  it('shares one detection per page; recheck runs a fresh one', async () => {
    const a = detect({ isRendered: cleanLayout, timeout: 20 });
    expect(detect()).toBe(a);
    const b = detect({ recheck: true, isRendered: blockerLayout, timeout: 500 });
    expect(b).not.toBe(a);
    expect((await a).blocked).toBe(false);
    expect((await b).blocked).toBe(true);
    expect(detect()).toBe(b);
  });

  it('dispatches politely:verdict on document with the verdict as detail, once per detection', async () => {
    const seen: Verdict[] = [];
    document.addEventListener('politely:verdict', (e) => seen.push((e as CustomEvent<Verdict>).detail));
    const v = await detect({ isRendered: blockerLayout, timeout: 500 });
    await detect();
    expect(seen).toEqual([v]);
  });

  it('an internal error resolves "not blocked" with the error as reason and one [politely] warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const v = await detect({
      isRendered: () => {
        throw new Error('layout exploded');
      },
    });
    expect(v.blocked).toBe(false);
    expect(v.reason).toContain('layout exploded');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[politely\]/);
    expect(document.querySelectorAll('[aria-hidden]')).toHaveLength(0);
  });
});
