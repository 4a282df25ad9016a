// The controller through the npm entry's init(): the flow that decides, the prompt fetched when
// it shows, dismissal and frequency, actions, placements and focus, and robustness. Detection is
// mocked: its own tests are in tests/unit/detect.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Verdict } from '../../../src/detect/types';

const verdict = (blocked: boolean): Verdict => ({
  blocked,
  signals: { bait: blocked ? 'blocked' : 'clear', adSlots: 'off', adStack: 'off', standIn: 'off', network: 'off', probe: 'off' },
  elapsedMs: 5,
});
const detect = vi.fn(async (_o?: object) => verdict(true));
vi.mock('../../../src/detect/index', () => ({ detect: (o?: object) => detect(o) }));

const { init } = await import('../../../src/index');
const { createStarter } = await import('../../../src/api/index');
type Controller = ReturnType<typeof init>;

let controller: Controller | undefined;
let warn: MockInstance<typeof console.warn>;
const events: [string, unknown][] = [];
const NAMES = ['show', 'hide', 'dismiss', 'action', 'error'];
const record = (e: Event) => events.push([e.type, (e as CustomEvent).detail]);

beforeAll(async () => {
  // Loaded once here, so the dynamic import inside show() resolves without I/O (fake timers below).
  await import('../../../src/view/index');
});
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  document.body.innerHTML = '<button id="outside">outside</button><main><div id="slot"></div><div class="slot2"></div></main>';
  detect.mockImplementation(async () => verdict(true));
  detect.mockClear();
  events.length = 0;
  NAMES.forEach((n) => document.addEventListener('politely:' + n, record));
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  controller?.destroy();
  controller = undefined;
  NAMES.forEach((n) => document.removeEventListener('politely:' + n, record));
  vi.restoreAllMocks();
  vi.useRealTimers();
  history.replaceState(null, '', location.pathname);
});

const start = async (options: Parameters<typeof init>[0] = {}) => {
  controller = init({ supportUrl: '/support', ...options });
  await controller.ready;
  return controller;
};
/** Starts as an automated browser (`navigator.webdriver`), which skipBots suppresses. */
const startAsBot = async (options: Parameters<typeof init>[0]) => {
  Object.defineProperty(navigator, 'webdriver', { configurable: true, get: () => true });
  try {
    await start(options);
  } finally {
    delete (navigator as { webdriver?: boolean }).webdriver;
  }
};
const hosts = () => [...document.querySelectorAll<HTMLElement>('[data-politely-prompt]')];
const shadow = (i = 0) => hosts()[i]?.shadowRoot;
const $ = (sel: string, i = 0) => shadow(i)!.querySelector<HTMLElement>(sel)!;
const buttonNamed = (name: string) => [...shadow()!.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent == name)!;
const flush = () => new Promise((r) => setTimeout(r, 0));
const warnings = () => warn.mock.calls.map((c) => String(c[0]));

describe('init', () => {
  it('shows the banner when blocked, with a politely:show event and onShow', async () => {
    const onShow = vi.fn();
    const onVerdict = vi.fn();
    await start({ onShow, onVerdict, timeout: 300, adScripts: ['/x.js'], probeUrl: 'https://news.example/p.gif' });
    expect(detect).toHaveBeenCalledWith({ timeout: 300, adScripts: ['/x.js'], probeUrl: 'https://news.example/p.gif' });
    expect(hosts()).toHaveLength(1);
    expect(shadow()!.mode).toBe('open');
    expect($('a').getAttribute('href')).toBe(new URL('/support', location.href).href);
    expect(events).toEqual([['politely:show', { mode: 'banner', preview: false, thanks: false }]]);
    expect(onShow).toHaveBeenCalledWith({ mode: 'banner', preview: false, thanks: false });
    expect(onVerdict).toHaveBeenCalledWith(verdict(true));
  });

  it('shows nothing without a blocker, and never loads the prompt', async () => {
    detect.mockImplementation(async () => verdict(false));
    const load = vi.fn(() => import('../../../src/view/index'));
    controller = createStarter(() => ({ url: 'prompt.js', load })).init({});
    await controller.ready;
    expect(hosts()).toHaveLength(0);
    expect(events).toEqual([]);
    expect(load).not.toHaveBeenCalled();
  });

  it('preview shows without detection, labelled in the page’s language, and stores nothing', async () => {
    document.documentElement.lang = 'de';
    await start({ preview: true });
    document.documentElement.lang = '';
    expect(detect).not.toHaveBeenCalled();
    expect($('.pv').textContent).toBe('Vorschau');
    buttonNamed('Jetzt nicht').click();
    expect(localStorage.getItem('politely:dismissed')).toBeNull();
    expect(localStorage.getItem('politely:views')).toBeNull();
  });

  it('?politely-preview works only with previewParam', async () => {
    detect.mockImplementation(async () => verdict(false));
    history.replaceState(null, '', '?politely-preview');
    await start();
    expect(hosts()).toHaveLength(0);
    controller!.destroy();
    await start({ previewParam: true });
    expect(hosts()).toHaveLength(1);
  });

  it('a second init warns and returns the first controller; after destroy, init starts anew', async () => {
    const first = await start();
    expect(init({ mode: 'modal' })).toBe(first);
    expect(warnings()).toEqual(['[politely] init() called twice: returning the first controller (destroy() it first to start over)']);
    first.destroy();
    const second = await start({ mode: 'corner' });
    expect(second).not.toBe(first);
    expect($('.pr').className).toContain('m-c');
  });

  it('respects delay, and fetches the prompt as soon as it knows it will show', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => import('../../../src/view/index'));
    controller = createStarter(() => ({ url: 'prompt.js', load })).init({ delay: 5000 });
    await vi.advanceTimersByTimeAsync(10);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3990);
    expect(hosts()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(hosts()).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('the prompt file', () => {
  it('from another release: one warning naming both, politely:error and onError, nothing shown', async () => {
    const onError = vi.fn();
    controller = createStarter(() => ({
      url: 'https://cdn.example/politely-prompt.js',
      load: async () => ({ version: '0.0.1', createView: () => ({}) }) as never,
    })).init({ onError });
    await controller.ready;
    expect(hosts()).toHaveLength(0);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(
      /^\[politely\] the prompt at https:\/\/cdn\.example\/politely-prompt\.js is release 0\.0\.1, the script .+: not shown/,
    );
    expect(events).toEqual([['politely:error', { reason: 'version', url: 'https://cdn.example/politely-prompt.js' }]]);
    expect(onError).toHaveBeenCalledWith({ reason: 'version', url: 'https://cdn.example/politely-prompt.js' });
  });

  it('that cannot be fetched: one warning naming the URL, politely:error; the verdict stands; a later show() tries again', async () => {
    const onVerdict = vi.fn();
    const load = vi.fn((attempt: number) =>
      attempt ? import('../../../src/view/index') : Promise.reject(new TypeError('Failed to fetch')),
    );
    controller = createStarter(() => ({ url: '/js/politely-prompt.js', load })).init({ onVerdict });
    await controller.ready;
    expect(onVerdict).toHaveBeenCalledWith(verdict(true));
    expect(hosts()).toHaveLength(0);
    expect(warnings()).toEqual([
      '[politely] could not load the prompt from /js/politely-prompt.js (TypeError: Failed to fetch); the next show() tries again',
    ]);
    expect(events).toEqual([['politely:error', { reason: 'load', url: '/js/politely-prompt.js' }]]);
    controller.show();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(load.mock.calls.map((c) => c[0])).toEqual([0, 1]);
  });
});

describe('dismissal and frequency', () => {
  it('"Not now" hides, stores the dismissal and fires action, dismiss and hide', async () => {
    const onDismiss = vi.fn();
    const onAction = vi.fn();
    const onHide = vi.fn();
    await start({ onDismiss, onAction, onHide, dismissDays: 3 });
    buttonNamed('Not now').click();
    expect(hosts()).toHaveLength(0);
    expect(Number(localStorage.getItem('politely:dismissed'))).toBeGreaterThan(Date.now() - 1000);
    expect(events.slice(1)).toEqual([
      ['politely:action', { action: 'dismiss' }],
      ['politely:dismiss', { days: 3 }],
      ['politely:hide', { reason: 'dismiss' }],
    ]);
    expect(onDismiss).toHaveBeenCalledWith({ days: 3 });
    expect(onAction).toHaveBeenCalledWith({ action: 'dismiss' });
    expect(onHide).toHaveBeenCalledWith({ reason: 'dismiss' });
    // The next page view: still dismissed.
    controller!.destroy();
    await start();
    expect(hosts()).toHaveLength(0);
  });

  it('waits for minPageviews', async () => {
    await start({ minPageviews: 2 });
    expect(hosts()).toHaveLength(0);
    controller!.destroy();
    await start({ minPageviews: 2 });
    expect(hosts()).toHaveLength(1);
  });

  it('shows at most once per periodHours', async () => {
    await start({ periodHours: 24 });
    expect(hosts()).toHaveLength(1);
    controller!.destroy();
    await start({ periodHours: 24 });
    expect(hosts()).toHaveLength(0);
  });

  it('keeps working when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await start();
    buttonNamed('Not now').click();
    expect(hosts()).toHaveLength(0);
  });
});

describe('debug', () => {
  it('logs the decision path, one [politely] line a step; nothing without it', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await start();
    expect(info).not.toHaveBeenCalled();
    controller!.destroy();
    localStorage.clear();
    await start({ debug: true, minPageviews: 2 });
    expect(info.mock.calls.map((c) => String(c[0]).replace(/\{.*\}/, '{…}'))).toEqual([
      '[politely] verdict: blocked in 5 ms; {…}',
      '[politely] not shown, held back by minPageviews (this is view 1)',
    ]);
    info.mockClear();
    controller!.destroy();
    await start({ debug: true, minPageviews: 2, mode: 'corner' });
    expect(info.mock.calls.map((c) => String(c[0]).replace(/\{.*\}/, '{…}'))).toEqual([
      '[politely] verdict: blocked in 5 ms; {…}',
      '[politely] shown: corner',
    ]);
  });

  it('names the suppression rule: an automated browser, for instance', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await startAsBot({ debug: true });
    expect(hosts()).toHaveLength(0);
    expect(info.mock.calls.map((c) => String(c[0]))).toEqual([
      '[politely] suppressed by skipBots (an automated browser: navigator.webdriver)',
    ]);
  });

  it("the README's example lines (When nothing shows) are what it logs", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = /```text\n([^`]*)```/
      .exec(readme.slice(readme.indexOf('## When nothing shows')))![1]
      .trim()
      .split('\n');
    expect(example.length).toBeGreaterThan(1);
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await startAsBot({ debug: true });
    controller!.destroy();
    localStorage.setItem('politely:dismissed', String(Date.now() - 20 * 36e5));
    await start({ debug: true });
    const logged = info.mock.calls.map((c) => String(c[0]));
    for (const line of example) expect(logged).toContain(line);
  });
});

describe('actions', () => {
  it('support, allowlist-help and blocker actions carry their detail', async () => {
    const onAction = vi.fn();
    await start({ onAction });
    $('a').addEventListener('click', (e) => e.preventDefault());
    $('a').click();
    buttonNamed('How to allowlist').click();
    expect($('#politely-h')).toBeTruthy();
    buttonNamed('AdGuard').click();
    expect($('ol li').textContent).toBe('Click the AdGuard icon.');
    expect(onAction.mock.calls.map((c) => c[0])).toEqual([
      { action: 'support' },
      { action: 'allowlist-help' },
      { action: 'blocker', blocker: 'AdGuard' },
    ]);
  });

  it('recheck: calls detect with recheck, thanks the reader and closes', async () => {
    await start();
    detect.mockImplementation(async () => verdict(false));
    const button = buttonNamed("I've allowlisted — check again");
    button.focus();
    vi.useFakeTimers();
    button.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(detect).toHaveBeenLastCalledWith(expect.objectContaining({ recheck: true }));
    expect($('[role=status]').textContent).toBe('Thank you!');
    expect(events.some(([n, d]) => n == 'politely:action' && (d as { action: string }).action == 'recheck')).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(hosts()).toHaveLength(0);
    expect(events.at(-1)).toEqual(['politely:hide', { reason: 'thanks' }]);
  });

  it('recheck still blocked: says so, offers a reload, and the reload sets the session flag', async () => {
    await start();
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload, href: location.href, search: '' });
    try {
      buttonNamed("I've allowlisted — check again").click();
      await flush();
      expect($('[role=status]').textContent).toContain('Still blocked');
      buttonNamed('Reload page').click();
      expect(sessionStorage.getItem('politely:reload')).toBe('1');
      expect(reload).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('after the reload, no blocker: a brief thank-you (never a focus-taking modal), then it closes; the modal stays the mode', async () => {
    sessionStorage.setItem('politely:reload', '1');
    detect.mockImplementation(async () => verdict(false));
    vi.useFakeTimers();
    controller = init({ mode: 'modal' });
    await vi.advanceTimersByTimeAsync(0);
    expect($('[role=status]').textContent).toBe('Thank you!');
    expect($('.pr').className).toContain('m-c');
    expect(events[0]).toEqual(['politely:show', { mode: 'corner', preview: false, thanks: true }]);
    expect(sessionStorage.getItem('politely:reload')).toBeNull();
    await vi.advanceTimersByTimeAsync(3000);
    expect(hosts()).toHaveLength(0);
    // The requested mode was never overwritten: a later show() is the modal.
    controller.show();
    await vi.advanceTimersByTimeAsync(0);
    expect($('.pr').className).toContain('m-m');
  });
});

describe('placements and focus', () => {
  it('modal moves focus in, Escape closes and focus returns', async () => {
    const outside = document.getElementById('outside')!;
    outside.focus();
    await start({ mode: 'modal' });
    expect(document.activeElement).toBe(hosts()[0]);
    expect(shadow()!.activeElement).toBe($('[role=dialog]'));
    $('[role=dialog]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(outside);
  });

  it('banner does not steal focus', async () => {
    const outside = document.getElementById('outside')!;
    outside.focus();
    await start();
    expect(document.activeElement).toBe(outside);
  });

  it('inline renders into every target', async () => {
    await start({ mode: 'inline', target: '#slot, .slot2' });
    expect(hosts().map((h) => h.parentElement!.id || h.parentElement!.className)).toEqual(['slot', 'slot2']);
  });

  it('inline with no matching target warns, naming it, and shows a banner', async () => {
    await start({ mode: 'inline', target: '#missing' });
    expect(hosts()[0].parentElement).toBe(document.body);
    expect(warnings()).toEqual(['[politely] no element matches the target "#missing"; showing a banner']);
  });

  it('show() and hide() work whatever detection said', async () => {
    detect.mockImplementation(async () => verdict(false));
    const c = await start();
    c.show();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    c.hide();
    expect(hosts()).toHaveLength(0);
    expect(events.at(-1)).toEqual(['politely:hide', { reason: 'api' }]);
    expect(localStorage.getItem('politely:dismissed')).toBeNull();
  });

  it('hide() while the prompt is still being fetched cancels the show', async () => {
    detect.mockImplementation(async () => verdict(false));
    const c = await start();
    c.show();
    c.hide();
    await flush();
    await flush();
    expect(hosts()).toHaveLength(0);
  });

  it('a page that replaces <body> while the prompt is open (hydration) gets the prompt back', async () => {
    await start();
    const fresh = document.createElement('body');
    fresh.innerHTML = '<main>hydrated</main>';
    document.documentElement.replaceChild(fresh, document.body);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(hosts()[0].parentElement).toBe(fresh);
    // And when the page empties <body> instead.
    document.body.innerHTML = '<main>again</main>';
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
  });
});

describe('robustness', () => {
  it('throwing callbacks are logged, never propagated', async () => {
    const boom = () => {
      throw new Error('analytics down');
    };
    await start({ onShow: boom, onVerdict: boom, onAction: boom, onDismiss: boom, onHide: boom });
    expect(hosts()).toHaveLength(1);
    expect(() => buttonNamed('Not now').click()).not.toThrow();
    expect(hosts()).toHaveLength(0);
    expect(warnings().every((w) => w.startsWith('[politely]'))).toBe(true);
    expect(warnings().length).toBeGreaterThanOrEqual(5);
  });

  it('a page whose CustomEvent is broken still gets its events (built the DOM Level 3 way)', async () => {
    const original = window.CustomEvent;
    window.CustomEvent = function () {
      throw new Error('old polyfill');
    } as unknown as typeof CustomEvent;
    try {
      await start();
    } finally {
      window.CustomEvent = original;
    }
    expect(events).toEqual([['politely:show', { mode: 'banner', preview: false, thanks: false }]]);
  });

  it('destroy removes every node, listener and timer', async () => {
    vi.useFakeTimers();
    const c = init({ delay: 1000, storage: 'memory' });
    c.destroy();
    await vi.advanceTimersByTimeAsync(2000);
    expect(hosts()).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    // Memory storage: jsdom's localStorage.setItem schedules a timer of its own (storage events).
    controller = init({ storage: 'memory' });
    await vi.advanceTimersByTimeAsync(0);
    expect(hosts()).toHaveLength(1);
    controller.destroy();
    expect(hosts()).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(events.at(-1)).toEqual(['politely:hide', { reason: 'destroy' }]);
  });

  it('destroy before <body> exists: nothing shows at DOMContentLoaded', async () => {
    const body = document.body;
    body.remove();
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const c = init({ preview: true });
    await flush();
    c.destroy();
    readyState.mockRestore();
    document.documentElement.append(body);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await c.ready;
    await flush();
    expect(hosts()).toHaveLength(0);
  });
});
