// The script-tag loader (dist/politely.js): auto-init from data-* attributes, the prompt file next
// to the script, the global it defines (never over another script's), the queue, and a second
// copy on the page. The prompt file itself cannot be imported from a URL here: its failing import
// is what shows which URL the loader asked for (the browser tier loads it for real).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { version } from '../../../src/version';

const detect = vi.fn(async () => ({
  blocked: true,
  signals: { bait: 'blocked', adSlots: 'off', adStack: 'off', standIn: 'off', network: 'off', probe: 'off' },
  elapsedMs: 1,
}));
vi.mock('../../../src/detect/index', async (original) => ({ ...(await original<object>()), detect: () => detect() }));

const w = window as unknown as Record<string, unknown>;
const REGISTRY = Symbol.for('politely');
let warn: MockInstance<typeof console.warn>;
const errors: unknown[] = [];
const onError = (e: Event) => errors.push((e as CustomEvent).detail);
// The files beside the script can't be imported from a URL here: the prompt's failure is left out,
// and the warnings the diagnostics file would word come as their bare codes, with their details —
// what a reader's console shows when that file is missing (the browser tier has the words). The
// one about tags without data-support-url is left out too (tests/unit/config/resolve.test.ts).
const warnings = () =>
  warn.mock.calls.map((c) => String(c[0])).filter((m) => !/could not load the prompt|promptLoad|asks only to allowlist|noSupport/.test(m));

beforeEach(() => {
  vi.resetModules();
  delete (document as unknown as Record<symbol, unknown>)[REGISTRY];
  delete w.Politely;
  delete w.politelyQueue;
  localStorage.clear();
  errors.length = 0;
  detect.mockClear();
  document.addEventListener('politely:error', onError);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  const registered = (document as unknown as Record<symbol, { api: { init(): { destroy(): void } } } | undefined>)[REGISTRY];
  registered?.api.init().destroy();
  document.removeEventListener('politely:error', onError);
  Reflect.deleteProperty(document, 'currentScript');
  Reflect.deleteProperty(document, 'readyState');
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const tag = (attrs: string) => {
  document.body.innerHTML = `<div id="slot"></div><script ${attrs}></script>`;
  const script = document.querySelector('script')!;
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  return script;
};
const load = () => import('../../../src/script-tag/index');
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('auto-init', () => {
  it('starts from the script’s data-* attributes and fetches the prompt from next to the script', async () => {
    tag('src="https://cdn.example/npm/politely@0/dist/politely.js" data-politely data-support-url="/give"');
    await load();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(detect).toHaveBeenCalledTimes(1);
    expect(errors[0]).toEqual({ reason: 'load', url: 'https://cdn.example/npm/politely@0/dist/politely-prompt.js' });
  });

  it('data-prompt-src overrides where the prompt comes from', async () => {
    tag('src="/js/politely.js" data-politely data-prompt-src="https://static.example/p/politely-prompt.js"');
    await load();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ url: 'https://static.example/p/politely-prompt.js' });
  });

  it('without document.currentScript (unusual loaders), the page’s script[data-politely][src] is used', async () => {
    tag('src="/assets/politely.js" data-politely');
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null });
    await load();
    // The page's tag found by name: it auto-starts, and knows where its prompt is.
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(detect).toHaveBeenCalledTimes(1);
    expect(errors[0]).toMatchObject({ url: new URL('/assets/politely-prompt.js', location.href).href });
  });

  it('does nothing for a tag without data-politely (an API-only install), and data-auto="false" opts out', async () => {
    tag('src="/politely.js"');
    await load();
    tag('src="/politely.js" data-politely data-auto="false"');
    vi.resetModules();
    delete (document as unknown as Record<symbol, unknown>)[REGISTRY];
    await load();
    await settle();
    expect(detect).not.toHaveBeenCalled();
  });

  it('waits for DOMContentLoaded while the document is loading', async () => {
    tag('src="/politely.js" data-politely');
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    await load();
    await settle();
    expect(detect).not.toHaveBeenCalled();
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await vi.waitFor(() => expect(detect).toHaveBeenCalled());
  });

  it('warns with the attribute name, what is accepted and what is used', async () => {
    tag('src="/politely.js" data-politely data-theme="neon" data-placement="modal"');
    await load();
    await settle();
    // The name probably meant comes from the diagnostics file (next to the script), which cannot
    // be imported from a URL here: without it the warning still names the attribute. (The browser
    // tier loads it for real: "did you mean data-mode?".)
    await vi.waitFor(() =>
      expect(warnings().sort()).toEqual([
        '[politely] data-placement is not an option; ignored',
        '[politely] data-theme="neon" is not one of auto, light, dark; using "auto"',
      ]),
    );
  });
});

describe('the global', () => {
  it('defines window.Politely = { init, detect, consent, version }, and no other global', async () => {
    const before = new Set(Object.getOwnPropertyNames(window));
    tag('src="/politely.js"');
    await load();
    await settle();
    expect(Object.keys(w.Politely as object).sort()).toEqual(['consent', 'detect', 'init', 'version']);
    expect(
      Object.getOwnPropertyNames(window)
        .filter((k) => !before.has(k))
        .sort(),
    ).toEqual(['Politely', 'politelyQueue']);
  });

  it('never overwrites a Politely another script defined: one warning, and the queue still reaches the API', async () => {
    const theirs = { name: 'someone else’s Politely' };
    w.Politely = theirs;
    const got = vi.fn();
    w.politelyQueue = [got];
    tag('src="/politely.js"');
    await load();
    await settle();
    expect(w.Politely).toBe(theirs);
    expect(warnings()).toEqual(['[politely] globalTaken']);
    expect(got).toHaveBeenCalledWith(expect.objectContaining({ init: expect.any(Function), version: expect.any(String) }));
  });

  it('a Politely inherited from a polluted Object.prototype is no other script’s: the API is defined', async () => {
    (Object.prototype as Record<string, unknown>).Politely = 'polluted';
    try {
      tag('src="/politely.js"');
      await load();
      expect(Object.hasOwn(window, 'Politely')).toBe(true);
      expect(typeof (w.Politely as { init: unknown }).init).toBe('function');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      delete (Object.prototype as Record<string, unknown>).Politely;
    }
  });
});

describe('loaded twice (a CMS plugin and the theme)', () => {
  it('one API object, one controller, one warning; init() from either copy returns the same controller', async () => {
    tag('src="/plugin/politely.js" data-politely');
    await load();
    const api = w.Politely as { init(): unknown };
    vi.resetModules();
    tag('src="/theme/politely.js" data-politely data-mode="modal"');
    await load();
    await settle();
    expect(w.Politely).toBe(api);
    expect(detect).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(warnings()).toEqual([`[politely] loadedTwice ${version} ${version}`]));
    warn.mockClear();
    expect(api.init()).toBe(api.init());
  });

  it('two plain tags while the page is loading: one start, one warning (the first copy waits for DOMContentLoaded)', async () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    tag('src="/plugin/politely.js" data-politely');
    await load();
    vi.resetModules();
    tag('src="/theme/politely.js" data-politely');
    await load();
    Reflect.deleteProperty(document, 'readyState');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(detect).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(warnings()).toEqual([`[politely] loadedTwice ${version} ${version}`]));
  });

  it('when the first copy was an API-only tag, the second copy’s data-politely starts it, through the first copy', async () => {
    tag('src="/a/politely.js"');
    await load();
    vi.resetModules();
    tag('src="/b/politely.js" data-politely');
    await load();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(detect).toHaveBeenCalledTimes(1);
    // The first copy's prompt file: the two copies may be different releases.
    expect(errors[0]).toMatchObject({ url: new URL('/a/politely-prompt.js', location.href).href });
  });

  it('different releases: the warning names both', async () => {
    tag('src="/politely.js"');
    await load();
    (document as unknown as Record<symbol, { api: { version: string } }>)[REGISTRY].api.version = '0.0.9';
    vi.resetModules();
    await load();
    await vi.waitFor(() => expect(warnings()[0]).toMatch(/^\[politely\] loadedTwice 0\.0\.9 \S+$/));
  });
});
