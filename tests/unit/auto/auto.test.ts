import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const detect = vi.fn(async () => ({ blocked: true, signals: { bait: 'blocked', adStack: 'off', probe: 'off' }, elapsedMs: 1 }));
vi.mock('../../../src/detect/index', () => ({ detect: () => detect() }));

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__politelyLoaded;
  localStorage.clear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(async () => {
  (await import('../../../src/api/init')).init().destroy();
  Reflect.deleteProperty(document, 'currentScript');
  Reflect.deleteProperty(document, 'readyState');
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const tag = (attrs: string) => {
  document.body.innerHTML = `<div id="slot"></div><script ${attrs}></script>`;
  return document.querySelector('script')!;
};
const loadUmd = () => import('../../../src/umd');
const settle = () => new Promise((r) => setTimeout(r, 10));
const prompt = () => document.querySelector('[data-politely-prompt]');

describe('auto-init', () => {
  it('initialises from document.currentScript data-* attributes', async () => {
    const script = tag('data-politely data-support-url="/give" data-mode="inline" data-target="#slot" data-cta="Give"');
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
    const Politely = await loadUmd();
    expect(Object.keys(Politely).sort()).toEqual(['consent', 'detect', 'init', 'version']);
    await settle();
    expect(prompt()!.parentElement!.id).toBe('slot');
    expect(prompt()!.shadowRoot!.textContent).toContain('Give');
  });

  it('falls back to script[data-politely] without currentScript', async () => {
    tag('data-politely data-mode="corner"');
    await loadUmd();
    await settle();
    expect(prompt()!.shadowRoot!.querySelector('.m-c')).toBeTruthy();
  });

  it('does nothing for a tag without data-politely (detection-only pages)', async () => {
    const script = tag('src="politely.umd.js"');
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
    await loadUmd();
    await settle();
    expect(prompt()).toBeNull();
  });

  it('data-auto="false" opts out', async () => {
    tag('data-politely data-auto="false"');
    await loadUmd();
    await settle();
    expect(prompt()).toBeNull();
  });

  it('waits for DOMContentLoaded while the document is loading', async () => {
    tag('data-politely');
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    await loadUmd();
    await settle();
    expect(prompt()).toBeNull();
    // As in a browser: the document is parsed ("interactive") when DOMContentLoaded fires.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await settle();
    expect(prompt()).not.toBeNull();
  });

  it('warns with the attribute name for bad values', async () => {
    tag('data-politely data-theme="neon"');
    await loadUmd();
    await settle();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toBe('[politely] invalid data-theme: "neon"; using the default');
  });

  it('a second copy of the bundle warns once and does nothing', async () => {
    tag('data-politely');
    await loadUmd();
    vi.resetModules();
    await loadUmd();
    await settle();
    expect(document.querySelectorAll('[data-politely-prompt]')).toHaveLength(1);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['[politely] loaded twice on this page: the second copy does nothing']);
  });
});
