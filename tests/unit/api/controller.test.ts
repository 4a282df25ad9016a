import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../../src/detect/types';

const verdict = (blocked: boolean): Verdict => ({
  blocked,
  signals: { bait: blocked ? 'blocked' : 'clear', adStack: 'off', probe: 'off' },
  elapsedMs: 5,
});
const detect = vi.fn(async (_o?: object) => verdict(true));
vi.mock('../../../src/detect/index', () => ({ detect: (o?: object) => detect(o) }));

const { init } = await import('../../../src/api/index');
type Controller = ReturnType<typeof init>;

let controller: Controller | undefined;
let warn: ReturnType<typeof vi.spyOn>;
const events: [string, unknown][] = [];
const NAMES = ['show', 'hide', 'dismiss', 'action'];
const record = (e: Event) => events.push([e.type, (e as CustomEvent).detail]);

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
});

const start = async (options: Parameters<typeof init>[0] = {}) => {
  controller = init({ supportUrl: '/support', ...options });
  await controller.ready;
  return controller;
};
const hosts = () => [...document.querySelectorAll<HTMLElement>('[data-politely-prompt]')];
const shadow = (i = 0) => hosts()[i]?.shadowRoot;
const $ = (sel: string, i = 0) => shadow(i)!.querySelector<HTMLElement>(sel)!;
const buttonNamed = (name: string) => [...shadow()!.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent == name)!;
const flush = () => new Promise((r) => setTimeout(r, 0));

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

  it('shows nothing without a blocker', async () => {
    detect.mockImplementation(async () => verdict(false));
    await start();
    expect(hosts()).toHaveLength(0);
    expect(events).toEqual([]);
  });

  it('preview shows without detection, marked Preview, and stores nothing', async () => {
    detect.mockImplementation(async () => verdict(false));
    await start({ preview: true });
    expect($('.kv').textContent).toBe('Preview');
    buttonNamed('Not now').click();
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
    history.replaceState(null, '', location.pathname);
  });

  it('a second init warns and returns the first controller; after destroy, init starts anew', async () => {
    const first = await start();
    expect(init({ mode: 'modal' })).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[politely\] init\(\) called twice/);
    first.destroy();
    const second = await start({ mode: 'corner' });
    expect(second).not.toBe(first);
    expect($('.kr').className).toContain('m-c');
  });

  it('respects delay', async () => {
    vi.useFakeTimers();
    controller = init({ delay: 5000 });
    await vi.advanceTimersByTimeAsync(4000);
    expect(hosts()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(hosts()).toHaveLength(1);
  });
});

describe('dismissal and frequency', () => {
  it('"Not now" hides, stores the dismissal and fires dismiss, action and hide', async () => {
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
    buttonNamed("I've allowlisted — check again").click();
    await flush();
    expect($('[role=status]').textContent).toContain('Still blocked');
    buttonNamed('Reload page').click();
    expect(sessionStorage.getItem('politely:reload')).toBe('1');
    expect(reload).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('after the reload, no blocker: a brief thank-you, then it closes', async () => {
    sessionStorage.setItem('politely:reload', '1');
    detect.mockImplementation(async () => verdict(false));
    vi.useFakeTimers();
    controller = init({ mode: 'modal' });
    await vi.advanceTimersByTimeAsync(0);
    expect($('[role=status]').textContent).toBe('Thank you!');
    expect($('.kr').className).toContain('m-c'); // never a focus-taking modal for a thank-you
    expect(sessionStorage.getItem('politely:reload')).toBeNull();
    await vi.advanceTimersByTimeAsync(3000);
    expect(hosts()).toHaveLength(0);
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

  it('inline with no matching target warns and falls back to banner', async () => {
    await start({ mode: 'inline', target: '#missing' });
    expect(hosts()[0].parentElement).toBe(document.body);
    expect(String(warn.mock.calls[0][0])).toContain('#missing');
  });

  it('show() and hide() work whatever detection said', async () => {
    detect.mockImplementation(async () => verdict(false));
    const c = await start();
    c.show();
    expect(hosts()).toHaveLength(1);
    c.hide();
    expect(hosts()).toHaveLength(0);
    expect(events.at(-1)).toEqual(['politely:hide', { reason: 'api' }]);
    expect(localStorage.getItem('politely:dismissed')).toBeNull();
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
    expect(warn.mock.calls.every((c) => String(c[0]).startsWith('[politely]'))).toBe(true);
    expect(warn.mock.calls.length).toBeGreaterThanOrEqual(5);
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

  it('destroy before <body> exists removes the DOMContentLoaded listener', async () => {
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    const body = document.body;
    body.remove();
    const c = await start({ preview: true });
    const listener = add.mock.calls.find((call) => call[0] == 'DOMContentLoaded')![1];
    c.destroy();
    expect(remove).toHaveBeenCalledWith('DOMContentLoaded', listener);
    document.documentElement.append(body);
  });
});
