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
vi.mock('../../../src/detect/index', async (original) => ({ ...(await original<object>()), detect: (o?: object) => detect(o) }));

const { init } = await import('../../../src/index');
const { createStarter } = await import('../../../src/api/index');
const { LOCALES } = await import('../../../src/view/locale');
const { installResizeObserver, layout } = await import('../detect/layout');
type Controller = ReturnType<typeof init>;
/** A starter with this source of the prompt, and the diagnostics and consent files from the source tree. */
const starter = (url: string, load: (attempt: number) => Promise<unknown>) =>
  createStarter(
    () => ({ _url: url, _load: load as never }),
    () => import('../../../src/diagnostics/index'),
    () => import('../../../src/consent/index'),
  );
/** What politely:show says of a prompt shown by detection (the verdict hid the bait: a cosmetic blocker). */
const shownBy = (mode: string, more: object = {}) => ({
  mode,
  preview: false,
  thanks: false,
  blocker: 'adblockplus',
  trigger: 'detection',
  ...more,
});

let controller: Controller | undefined;
let warn: MockInstance<typeof console.warn>;
const events: [string, unknown][] = [];
const NAMES = ['show', 'hide', 'dismiss', 'action', 'error'];
const record = (e: Event) => events.push([e.type, (e as CustomEvent).detail]);

let observers: ReturnType<typeof installResizeObserver>;
beforeAll(async () => {
  // Loaded once here, so the dynamic imports inside show() resolve without I/O (fake timers below).
  await import('../../../src/view/index');
  await import('../../../src/diagnostics/index');
  await Promise.all(Object.values(LOCALES).map((load) => load()));
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
  observers = installResizeObserver();
});
afterEach(() => {
  controller?.destroy();
  observers.uninstall();
  controller = undefined;
  NAMES.forEach((n) => document.removeEventListener('politely:' + n, record));
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllGlobals();
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
const warnings = () => warn.mock.calls.map((c) => String(c[0])).filter((w) => !w.includes('the prompt asks only to allowlist'));

describe('init', () => {
  it('shows the banner when blocked, with a politely:show event and onShow', async () => {
    const onShow = vi.fn();
    const onVerdict = vi.fn();
    await start({ onShow, onVerdict, timeout: 300, adScripts: ['/x.js'], probeUrl: 'https://news.example/p.gif' });
    expect(detect).toHaveBeenCalledWith({ timeout: 300, adScripts: ['/x.js'], probeUrl: 'https://news.example/p.gif', recheck: false });
    expect(hosts()).toHaveLength(1);
    expect(shadow()!.mode).toBe('open');
    expect($('a').getAttribute('href')).toBe(new URL('/support', location.href).href);
    expect(events).toEqual([['politely:show', shownBy('banner')]]);
    expect(onShow).toHaveBeenCalledWith(shownBy('banner'));
    expect(onVerdict).toHaveBeenCalledWith(verdict(true));
  });

  it('shows nothing without a blocker, and never loads the prompt', async () => {
    detect.mockImplementation(async () => verdict(false));
    const load = vi.fn(() => import('../../../src/view/index'));
    controller = starter('prompt.js', load).init({});
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
    buttonNamed('Nicht jetzt').click();
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
    controller = starter('prompt.js', load).init({ delay: 5000 });
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
    controller = starter('https://cdn.example/politely-prompt.js', async () => ({ version: '0.0.1', createView: () => ({}) })).init({
      onError,
    });
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
    controller = starter('/js/politely-prompt.js', load).init({ onVerdict });
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
    // Worded by the diagnostics file, fetched for the purpose: the lines come once it has arrived.
    await vi.waitFor(() => expect(info).toHaveBeenCalledTimes(2));
    expect(info.mock.calls.map((c) => String(c[0]).replace(/\{.*\}/, '{…}'))).toEqual([
      '[politely] verdict: blocked in 5 ms; {…}',
      '[politely] not shown, held back by minPageviews (this is view 1)',
    ]);
    info.mockClear();
    controller!.destroy();
    await start({ debug: true, minPageviews: 2, mode: 'corner' });
    await vi.waitFor(() => expect(info).toHaveBeenCalledTimes(3));
    expect(info.mock.calls.map((c) => String(c[0]).replace(/\{.*\}/, '{…}'))).toEqual([
      '[politely] verdict: blocked in 5 ms; {…}',
      '[politely] decided: ask (a blocker is at work and every rule allows it)',
      '[politely] shown: corner (steps for adblockplus)',
    ]);
  });

  it('names the suppression rule: an automated browser, for instance', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await startAsBot({ debug: true });
    expect(hosts()).toHaveLength(0);
    await vi.waitFor(() => expect(info).toHaveBeenCalled());
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
    await vi.waitFor(() => expect(info.mock.calls.map((c) => String(c[0]))).toEqual(expect.arrayContaining(example)));
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
    const picker = $('select') as HTMLSelectElement;
    picker.value = 'adguard';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    expect($('ol li').textContent).toBe('Click the AdGuard icon (a green shield with a check mark) in the toolbar.');
    expect(onAction.mock.calls.map((c) => c[0])).toEqual([
      { action: 'support' },
      { action: 'allowlist-help' },
      { action: 'blocker', blocker: 'adguard' },
    ]);
  });

  it('recheck: calls detect with recheck, thanks the reader and closes', async () => {
    await start();
    detect.mockImplementation(async () => verdict(false));
    buttonNamed('How to allowlist').click();
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
      buttonNamed('How to allowlist').click();
      buttonNamed("I've allowlisted — check again").click();
      await flush();
      expect($('[role=status]').textContent).toBe('Ads still seem blocked. Reloading the page may help.');
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
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect($('[role=status]').textContent).toBe('Thank you!');
    expect($('.pr').className).toContain('m-c');
    expect(events[0]).toEqual(['politely:show', shownBy('corner', { thanks: true, blocker: 'unknown' })]);
    expect(sessionStorage.getItem('politely:reload')).toBeNull();
    await vi.advanceTimersByTimeAsync(3000);
    expect(hosts()).toHaveLength(0);
    // The requested mode was never overwritten: a later show() is the modal.
    controller.show();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
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
    layout();
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
    expect(events).toEqual([['politely:show', shownBy('banner')]]);
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
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
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

describe('a way back to the ask: data-politely-open', () => {
  it.each([
    ['a link, on click', '<a href="#why" data-politely-open>Why ads?</a>', (el: HTMLElement) => el.click()],
    ['a button, on click', '<button data-politely-open>Support us</button>', (el: HTMLElement) => el.click()],
    [
      'any element, on Enter',
      '<span tabindex="0" data-politely-open>Why ads?</span>',
      (el: HTMLElement) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })),
    ],
  ])('%s opens the prompt whatever the verdict, without a detection and without counting as shown', async (_name, html, use) => {
    detect.mockImplementation(async () => verdict(false));
    document.body.insertAdjacentHTML('beforeend', `<footer>${html}</footer>`);
    await start({ periodHours: 24 });
    expect(hosts()).toHaveLength(0);
    const calls = detect.mock.calls.length;
    use(document.querySelector<HTMLElement>('[data-politely-open]')!);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(detect.mock.calls.length).toBe(calls);
    expect(events.at(-1)).toEqual(['politely:show', expect.objectContaining({ trigger: 'link', preview: false })]);
    expect(localStorage.getItem('politely:shown')).toBeNull();
  });

  it('a click on the link does not follow it; other clicks and keys on the page do nothing', async () => {
    detect.mockImplementation(async () => verdict(false));
    document.body.insertAdjacentHTML(
      'beforeend',
      '<a id="why" href="#why" data-politely-open><b>Why ads?</b></a><a id="other" href="#x">x</a>',
    );
    await start();
    const other = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('other')!.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
    const inner = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('#why b')!.dispatchEvent(inner);
    expect(inner.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
  });

  it('does nothing once destroyed', async () => {
    document.body.insertAdjacentHTML('beforeend', '<button data-politely-open>Why ads?</button>');
    detect.mockImplementation(async () => verdict(false));
    (await start()).destroy();
    document.querySelector<HTMLElement>('[data-politely-open]')!.click();
    await flush();
    expect(hosts()).toHaveLength(0);
  });
});

describe('storage with a purpose', () => {
  it('writes nothing a rule does not need: no page-view count with minPageviews 1, no "last shown" without periodHours', async () => {
    await start();
    expect(hosts()).toHaveLength(1);
    expect(Object.keys(localStorage)).toEqual([]);
    buttonNamed('Not now').click();
    expect(Object.keys(localStorage)).toEqual(['politely:dismissed']);
  });

  it('counts page views only where minPageviews needs them, and remembers "last shown" only for periodHours', async () => {
    await start({ minPageviews: 2, periodHours: 12 });
    expect(localStorage.getItem('politely:views')).toBe('1');
    expect(localStorage.getItem('politely:shown')).toBeNull();
    controller!.destroy();
    await start({ minPageviews: 2, periodHours: 12 });
    expect(localStorage.getItem('politely:views')).toBe('2');
    expect(Number(localStorage.getItem('politely:shown'))).toBeGreaterThan(Date.now() - 1000);
  });
});

describe('requireConsent and the consent file', () => {
  it('that cannot be fetched: one warning, and nothing runs — no detection, no storage, no prompt', async () => {
    const c = createStarter(
      () => ({ _url: 'prompt.js', _load: () => import('../../../src/view/index') as never }),
      () => import('../../../src/diagnostics/index'),
      () => Promise.reject(new TypeError('Failed to fetch')),
    ).init({ requireConsent: true, supportUrl: '/support', preview: true });
    controller = c;
    await c.ready;
    expect(warnings()).toEqual([
      '[politely] could not load the consent file (TypeError: Failed to fetch): nothing runs until consent can be read',
    ]);
    expect(detect).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    c.show();
    await flush();
    expect(hosts()).toHaveLength(0);
    expect((await c.recheck()).reason).toBe('no consent');
  });

  it('granted through Politely.consent() before the file arrived: the prompt shows', async () => {
    const { consent } = await import('../../../src/index');
    consent();
    try {
      await start({ requireConsent: true, consentPurpose: 0 });
      expect(hosts()).toHaveLength(1);
    } finally {
      consent(false);
    }
  });
});
