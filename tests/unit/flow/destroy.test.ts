// Proves destroy() takes back everything a controller added: DOM nodes (prompt hosts, bait),
// event listeners (window, document, elements, media query lists, the TCF API), timers,
// animation frames and observers — after a full show/interact cycle, ten times over without
// growth, when called twice, before the verdict and while waiting for consent.
// Detection is the real one: jsdom has no layout (bait says "inconclusive"), so "blocked" comes
// from the page's AdSense script failing (an `error` event) and the confirmation that follows
// (a stubbed fetch in which the other ad host fails while the page's own origin answers).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { PolitelyOptions } from '../../../src/config/types';

type Api = typeof import('../../../src/index');
type Detect = typeof import('../../../src/detect/index');
type Controller = ReturnType<Api['init']>;
type Origin = string; // a file under src/ (e.g. 'src/api/controller.ts'), 'preact', 'jsdom' or 'other'
interface Listener {
  target: EventTarget;
  type: string;
  listener: unknown;
  capture: boolean;
  origin: Origin;
  wrapped?: unknown;
}

const SRC = import.meta.url.replace(/^file:\/\//, '').replace(/tests\/unit\/flow\/[^/]+$/, 'src/');
const AD_SCRIPT = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js';
const MODES = ['banner', 'modal', 'corner', 'inline'] as const;
// The test's own waiting uses these, so it never shows up in the counts.
const realSetTimeout = globalThis.setTimeout;
const tick = (ms = 0) => new Promise<void>((r) => realSetTimeout(r, ms));
async function until(what: string, ok: () => unknown, ms = 2000) {
  for (const end = Date.now() + ms; !ok(); await tick(5)) if (Date.now() > end) throw new Error('timed out waiting for ' + what);
}

/** Who made a call: the first stack frame in Politely's src/ (its file), Preact (on Politely's behalf) or jsdom. */
function origin(): Origin {
  for (const line of new Error().stack!.split('\n').slice(1)) {
    if (line.includes(SRC)) return 'src/' + line.slice(line.indexOf(SRC) + SRC.length).split(':')[0];
    if (line.includes('/node_modules/preact/')) return 'preact';
    if (line.includes('/node_modules/jsdom/')) return 'jsdom';
  }
  return 'other';
}
// jsdom's own bookkeeping (e.g. the timer behind localStorage's storage event) is not Politely's;
// anything Politely or Preact (rendering for Politely) adds is.
const ours = (o: Origin) => o.startsWith('src/') || o == 'preact';

// Live resources, keyed by what undoes them.
const listeners: Listener[] = [];
const timers = new Map<unknown, { kind: string; origin: Origin }>();
const observers = new Map<object, { kind: string; origin: Origin }>();
const tcf = new Map<number, unknown>();
let addedListeners = 0;
let setTimers = 0;

class FakeMql extends EventTarget {
  constructor(readonly media: string) {
    super();
  }
  get matches() {
    return false;
  }
  addListener(l: EventListener) {
    this.addEventListener('change', l);
  }
  removeListener(l: EventListener) {
    this.removeEventListener('change', l);
  }
}

function instrument() {
  (Error as { stackTraceLimit?: number }).stackTraceLimit = 50;
  const capture = (o: unknown) => (typeof o == 'boolean' ? o : !!(o as AddEventListenerOptions | undefined)?.capture);
  const find = (t: EventTarget, type: string, l: unknown, c: boolean) =>
    listeners.findIndex((r) => r.target == t && r.type == type && r.listener == l && r.capture == c);
  const forget = (rec: Listener) => listeners.includes(rec) && listeners.splice(listeners.indexOf(rec), 1);
  // EventTarget.prototype serves document, elements and media query lists; in Vitest's jsdom
  // environment `window` is the global object, with add/removeEventListener of its own.
  for (const owner of [EventTarget.prototype, window] as EventTarget[]) {
    const add = owner.addEventListener;
    const remove = owner.removeEventListener;
    vi.spyOn(owner, 'addEventListener').mockImplementation(function (this: EventTarget | undefined, type, l, opts) {
      const target = this ?? window;
      const c = capture(opts);
      const who = origin();
      if (!l || !ours(who) || find(target, type, l, c) >= 0) return add.call(target, type, l, opts);
      const rec: Listener = { target, type, listener: l, capture: c, origin: who };
      // A listener added with an AbortSignal goes away when the signal aborts (the lifetime's way).
      (opts as AddEventListenerOptions | undefined)?.signal?.addEventListener('abort', () => forget(rec));
      // A `once` listener that fires removes itself: forget it then too.
      if ((opts as AddEventListenerOptions | undefined)?.once)
        rec.wrapped = function (this: unknown, e: Event) {
          forget(rec);
          return typeof l == 'function' ? l.call(this, e) : l.handleEvent(e);
        };
      listeners.push(rec);
      addedListeners++;
      return add.call(target, type, (rec.wrapped as EventListener) ?? l, opts);
    });
    vi.spyOn(owner, 'removeEventListener').mockImplementation(function (this: EventTarget | undefined, type, l, opts) {
      const target = this ?? window;
      const rec = listeners[find(target, type, l, capture(opts))];
      if (rec) forget(rec);
      return remove.call(target, type, (rec?.wrapped as EventListener) ?? l, opts);
    });
  }

  const g = globalThis as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const [set, clear] of [
    ['setTimeout', 'clearTimeout'],
    ['setInterval', 'clearInterval'],
    ['requestAnimationFrame', 'cancelAnimationFrame'],
  ]) {
    const realSet = g[set];
    const realClear = g[clear];
    if (!realSet) continue;
    vi.spyOn(g, set as never).mockImplementation(((fn: (...a: unknown[]) => void, ...rest: unknown[]) => {
      const who = origin();
      const id = realSet(
        (...a: unknown[]) => {
          if (set != 'setInterval') timers.delete(id);
          return typeof fn == 'function' ? fn(...a) : undefined;
        },
        ...rest,
      );
      if (ours(who)) {
        timers.set(id, { kind: set, origin: who });
        setTimers++;
      }
      return id;
    }) as never);
    vi.spyOn(g, clear as never).mockImplementation(((id: unknown) => {
      timers.delete(id);
      return realClear(id);
    }) as never);
  }

  // jsdom has MutationObserver but no Intersection/ResizeObserver: stand-ins record use of each.
  for (const kind of ['MutationObserver', 'IntersectionObserver', 'ResizeObserver']) {
    const Base =
      (g[kind] as unknown as new (...a: unknown[]) => object) ??
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      };
    vi.stubGlobal(
      kind,
      class extends (Base as new (...a: unknown[]) => { observe(...a: unknown[]): void; disconnect(): void }) {
        observe(...a: unknown[]) {
          const who = origin();
          if (ours(who)) observers.set(this, { kind, origin: who });
          return super.observe(...a);
        }
        disconnect() {
          observers.delete(this);
          return super.disconnect();
        }
      },
    );
  }
  // jsdom has no matchMedia; Politely guards for that, so give it one whose listeners are counted.
  vi.stubGlobal('matchMedia', (q: string) => new FakeMql(q));
}

// A fake IAB TCF v2 CMP: every listener Politely registers must be removed by destroy().
function fakeCmp(gdprApplies: boolean | undefined) {
  let next = 1;
  (window as unknown as Record<string, unknown>).__tcfapi = (
    cmd: string,
    _v: number,
    cb: (d: unknown, ok: boolean) => void,
    id?: number,
  ) => {
    if (cmd == 'addEventListener') {
      const listenerId = next++;
      tcf.set(listenerId, cb);
      queueMicrotask(() =>
        cb(
          gdprApplies === undefined ? { listenerId, eventStatus: 'cmpuishown' } : { listenerId, gdprApplies, eventStatus: 'tcloaded' },
          true,
        ),
      );
    } else if (cmd == 'removeEventListener') cb(tcf.delete(id!), true);
  };
}

/** What Politely still holds: listeners, timers and observers, each described; TCF listeners. */
function leftovers() {
  const live = listeners.filter((r) => !(r.target instanceof Node && !r.target.isConnected));
  return {
    listeners: live.map((r) => `${r.origin}: ${(r.target as object).constructor.name}.${r.type}${r.capture ? ' (capture)' : ''}`),
    timers: [...timers.values()].map((t) => `${t.origin}: ${t.kind}`),
    observers: [...observers.values()].map((o) => `${o.origin}: ${o.kind}`),
    tcf: tcf.size,
    // Listeners on nodes out of the document: see the first test for why these are not leaks.
    detached: listeners.filter((r) => !live.includes(r)).length,
  };
}

let api: Api;
let detector: Detect;
let controller: Controller | undefined;
let warn: MockInstance<typeof console.warn>;
let shows = 0;
const hosts = () => document.querySelectorAll('[data-politely-prompt]');
const shadow = () => hosts()[0]!.shadowRoot!;
const buttonNamed = (name: string) => [...shadow().querySelectorAll<HTMLElement>('button')].find((b) => b.textContent == name)!;
const status = () => shadow().querySelector('[role=status]')?.textContent;

beforeEach(async () => {
  vi.resetModules(); // a fresh page: detection not yet run, no shared verdict
  api = await import('../../../src/index');
  detector = await import('../../../src/detect/index');
  // Loaded before the instrumentation, as a browser would have them cached.
  await import('../../../src/view/index');
  await import('../../../src/detect/network');
  // The page is parsed but still loading its ad script (jsdom fetches none): only its error event
  // says it failed. (A loaded page whose ad library never ran counts as a failure too.)
  vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
  // The confirmation: the other ad host fails (a blocker), the page's own origin answers. (A
  // callable Proxy reads as the browser's own fetch: detection distrusts a page's replacement.)
  vi.stubGlobal(
    'fetch',
    new Proxy(
      vi.fn(async (url: string) =>
        /doubleclick|googlesyndication/.test(url) ? Promise.reject(new TypeError('Failed to fetch')) : new Response(''),
      ),
      {},
    ),
  );
  localStorage.clear();
  sessionStorage.clear();
  document.head.innerHTML = `<script src="${AD_SCRIPT}"></script>`;
  document.body.innerHTML = '<button id="outside">outside</button><main><div id="slot"></div></main>';
  document.getElementById('outside')!.focus();
  listeners.length = shows = addedListeners = setTimers = 0;
  timers.clear();
  observers.clear();
  tcf.clear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  instrument();
});
afterEach(() => {
  controller?.destroy();
  controller = undefined;
  delete (window as unknown as Record<string, unknown>).__tcfapi;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  (Error as { stackTraceLimit?: number }).stackTraceLimit = 10;
});

// A deadline of 1 s: long enough for a recheck's confirmation (a dynamic import and a fetch) on a
// loaded machine, short enough that the in-flight detection ends within `until`'s 2 s.
const start = (o: PolitelyOptions = {}) =>
  (controller = api.init({ supportUrl: '/support', target: '#slot', timeout: 1000, onShow: () => void shows++, ...o }));
// The ad script fails once the first detection is listening (its bait is out); every later
// detection sees it. That detection needs a deadline longer than any scheduling delay.
const failAdScript = async () => {
  await until('bait', () => document.querySelector('[data-ad-manager-id]'));
  document.querySelector('script')!.dispatchEvent(new Event('error'));
};

/** Shows the prompt, uses every control, and ends with a recheck in flight or its thank-you pending. */
async function cycle(i: number) {
  localStorage.clear(); // no "shown"/"Not now" carried over between cycles
  // init() shares the page's last detection, which the previous cycle's recheck may have made
  // "not blocked": start from a fresh, blocked one.
  const verdict = detector.detect({ recheck: true, timeout: 10_000 });
  if (i == 0) await failAdScript();
  expect((await verdict).blocked).toBe(true);
  const c = start({ mode: MODES[i % 4], storage: i % 2 ? 'memory' : 'local' });
  await c.ready;
  expect(hosts(), `cycle ${i}: prompt shown`).toHaveLength(1);
  buttonNamed('How to allowlist').click();
  const picker = shadow().querySelector('select')!;
  picker.value = 'adguard';
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  expect(shadow().querySelector('ol li')!.textContent).toMatch(/^Click the AdGuard icon/);
  buttonNamed("I've allowlisted — check again").click();
  await until('still blocked', () => status()?.startsWith('Ads still seem blocked'));
  if (i % 3 == 1) {
    // The blocker is gone (no ad script): the thank-you's 3 s timer is pending at destroy().
    const script = document.querySelector('script')!;
    script.remove();
    void c.recheck(); // settles only after the thank-you closes
    await until('thank-you', () => status() == 'Thank you!');
    document.head.append(script);
  } else if (i % 3 == 2) {
    // Escape ("Not now") closes it; destroy() then has nothing open to hide.
    shadow()
      .querySelector('.pr')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toHaveLength(0);
  } else {
    // A recheck still waiting (1 s timeout, no blocker evidence) at destroy().
    document.querySelector('script')!.remove();
    void c.recheck();
  }
  c.destroy();
  if (i % 3 == 0) {
    // Bait of the in-flight recheck: page-level detection finishes by its own deadline.
    await until('in-flight detection to end', () => !document.querySelector('[aria-hidden=true]'));
    document.head.append(Object.assign(document.createElement('script'), { src: AD_SCRIPT }));
  }
}

describe('destroy()', () => {
  it('after a full show/interact cycle leaves no node, listener, timer or observer; ten cycles do not grow', async () => {
    const html = document.documentElement.outerHTML;
    const seen: ReturnType<typeof leftovers>[] = [];
    for (let i = 0; i < 10; i++) {
      await cycle(i);
      expect(document.documentElement.outerHTML, `cycle ${i}: page as before`).toBe(html);
      expect(document.activeElement, `cycle ${i}: focus back on the page`).toBe(document.getElementById('outside'));
      seen.push(leftovers());
    }
    expect(addedListeners, 'instrumentation saw listeners').toBeGreaterThan(20);
    expect(setTimers, 'instrumentation saw timers').toBeGreaterThan(10);
    expect(shows).toBe(10);
    expect(seen[0]).toMatchObject({ listeners: [], timers: [], observers: [], tcf: 0 });
    // Detached nodes (the removed prompts' buttons) keep Preact's listeners: Preact does not
    // remove them on unmount. Such nodes are out of the document and Politely drops every
    // reference to them (mounts = []), so the listeners go with the nodes; everything reachable
    // from the page — window, document, connected elements, media queries — is checked strictly.
    for (const s of seen) expect({ ...s, detached: 0 }).toEqual({ ...seen[0], detached: 0 });
    // Only Preact's, on nodes of removed prompts: Politely's own listeners are all removed.
    expect(listeners.filter((r) => r.target instanceof Node && !r.target.isConnected && r.origin != 'preact')).toEqual([]);
    expect(warn.mock.calls.every((c) => String(c[0]).startsWith('[politely]'))).toBe(true);
  }, 30_000);

  it('called twice: the second call does nothing and throws nothing', async () => {
    const onHide = vi.fn();
    const html = document.documentElement.outerHTML;
    const c = start({ onHide, preview: true });
    await c.ready;
    expect(hosts()).toHaveLength(1);
    c.destroy();
    expect(() => c.destroy()).not.toThrow();
    expect(onHide.mock.calls).toEqual([[{ reason: 'destroy' }]]);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(leftovers()).toMatchObject({ listeners: [], timers: [], observers: [] });
    // The methods of a destroyed controller do nothing.
    c.show();
    expect(hosts()).toHaveLength(0);
  });

  it('before the verdict: nothing is ever shown; the shared detection cleans up at its verdict', async () => {
    const html = document.documentElement.outerHTML;
    const onVerdict = vi.fn();
    const c = start({ onVerdict, timeout: 10_000 });
    await until('bait', () => document.querySelector('[data-ad-manager-id]'));
    c.destroy();
    // destroy() does not cancel the page's detection (detect() shares it with every caller): its
    // bait, its listeners and its deadline stay until the verdict. Nothing else of Politely's does.
    const { listeners: l, timers: t, observers: o } = leftovers();
    expect([...l, ...t, ...o].filter((d) => !d.startsWith('src/detect/'))).toEqual([]);
    expect(hosts()).toHaveLength(0);
    document.querySelector('script')!.dispatchEvent(new Event('error')); // the verdict: "blocked"
    await c.ready;
    await tick(20);
    expect(shows).toBe(0);
    expect(onVerdict).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(leftovers()).toMatchObject({ listeners: [], timers: [], observers: [] });
    // init() may be called again, and works.
    const again = start();
    await again.ready;
    expect(hosts()).toHaveLength(1);
    again.destroy();
    expect(document.documentElement.outerHTML).toBe(html);
  });

  it('before DOMContentLoaded: the listener waiting for it is removed', async () => {
    const html = document.documentElement.outerHTML;
    const loading = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const c = start();
    await tick(5);
    expect(leftovers().listeners.sort()).toEqual([
      // data-politely-open: a reader's "Why ads?" link opens the prompt.
      'src/flow/controller.ts: Document.click',
      'src/flow/controller.ts: Document.keydown',
      'src/flow/lifetime.ts: Document.DOMContentLoaded',
    ]);
    c.destroy();
    expect(leftovers().listeners).toEqual([]);
    loading.mockRestore();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await c.ready;
    await tick(20);
    expect(shows).toBe(0);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(leftovers()).toMatchObject({ listeners: [], timers: [], observers: [] });
  });

  it('with a delay pending: the delay timer is cleared', async () => {
    const html = document.documentElement.outerHTML;
    const c = start({ preview: true, delay: 60_000 });
    await tick(5);
    expect([...timers.values()].map((t) => t.origin)).toContain('src/flow/lifetime.ts');
    c.destroy();
    await c.ready;
    expect(shows).toBe(0);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(leftovers()).toMatchObject({ listeners: [], timers: [], observers: [] });
  });

  it.each([
    ['no CMP yet (polling for __tcfapi)', undefined, false],
    ['a CMP with no decision yet', undefined, true],
    ['a CMP that granted', false, true],
  ] as const)('while consent is required, %s: TCF, event and poll listeners all go', async (_name, gdprApplies, cmp) => {
    if (cmp) fakeCmp(gdprApplies);
    const html = document.documentElement.outerHTML;
    const c = start({ requireConsent: true, consentEvent: 'cmp:ok', preview: true });
    await tick(5);
    if (gdprApplies === false) {
      await c.ready;
      expect(hosts()).toHaveLength(1);
    } else expect(hosts()).toHaveLength(0);
    expect(tcf.size + timers.size + listeners.length).toBeGreaterThan(0);
    c.destroy();
    await tick(5);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(leftovers()).toMatchObject({ listeners: [], timers: [], observers: [], tcf: 0 });
  });
});
