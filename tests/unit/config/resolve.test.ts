import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveOptions } from '../../../src/config/resolve';
import { readAttributes, autoDisabled } from '../../../src/config/attributes';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const script = (attrs: string) => {
  document.body.innerHTML = `<script data-politely ${attrs}></script>`;
  return document.querySelector('script')!;
};

describe('resolveOptions', () => {
  it('fills defaults and freezes the result', () => {
    const o = resolveOptions();
    expect(o).toMatchObject({
      mode: 'banner',
      theme: 'auto',
      dismissDays: 7,
      minPageviews: 1,
      periodHours: 0,
      delay: 0,
      preview: false,
      previewParam: false,
      storage: 'local',
    });
    expect(o.supportUrl).toBeUndefined();
    expect(Object.isFrozen(o)).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps valid values and resolves relative URLs against the page', () => {
    const o = resolveOptions({
      supportUrl: '/support?x=1',
      mode: 'modal',
      theme: 'dark',
      accent: '#8a1538',
      dismissDays: 30,
      adScripts: ['a.js', ' b '],
      radius: '4px',
      font: 'Georgia, serif',
    });
    expect(o.supportUrl).toBe(new URL('/support?x=1', location.href).href);
    expect(o).toMatchObject({ mode: 'modal', theme: 'dark', accent: '#8a1538', dismissDays: 30, radius: '4px', font: 'Georgia, serif' });
    expect(o.adScripts).toEqual(['a.js', 'b']);
    expect(warn).not.toHaveBeenCalled();
  });

  const bad: [string, unknown, unknown][] = [
    ['supportUrl', 'javascript:alert(1)', undefined],
    ['supportUrl', 'data:text/html,<b>x</b>', undefined],
    ['probeUrl', 'ftp://example.com/x', undefined],
    ['mode', 'popup', 'banner'],
    ['theme', 'pink', 'auto'],
    ['accent', 'red;}body{display:none', undefined],
    ['accent', 'url(x)', undefined],
    ['radius', '4px;color:red', undefined],
    ['dismissDays', -1, 7],
    ['dismissDays', 'soon', 7],
    ['minPageviews', 1.5, 1],
    ['minPageviews', 0, 1],
    ['delay', Infinity, 0],
    // Past the largest timer delay, browsers would fire at once.
    ['delay', 2 ** 31, 0],
    ['timeout', 60_001, undefined],
    ['preview', 'yes', false],
    ['storage', 'cookie', 'local'],
    ['target', '##nope', undefined],
    ['adScripts', [1, 2], undefined],
    ['onShow', 'alert(1)', undefined],
  ];
  it.each(bad)('%s = %j warns once, naming it and the value, and uses the default', (key, value, fallback) => {
    const o = resolveOptions({ [key]: value } as never);
    expect((o as unknown as Record<string, unknown>)[key]).toEqual(fallback);
    expect(warn).toHaveBeenCalledTimes(1);
    const msg = String(warn.mock.calls[0][0]);
    expect(msg.startsWith('[politely] ')).toBe(true);
    expect(msg).toContain(key);
    expect(msg).toContain(typeof value == 'string' ? value : String(value));
  });

  it('validates texts one by one', () => {
    const o = resolveOptions({ texts: { title: 'Hi', cta: 42 as never, message: '' } });
    expect(o.texts).toEqual({ title: 'Hi' });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0][0])).toContain('texts.message');
    expect(String(warn.mock.calls[1][0])).toContain('texts.cta');
  });
});

describe('script-tag attributes', () => {
  it('reads every data-* option and text, with attribute names in warnings', () => {
    const el = script(
      'data-support-url="https://news.example/support" data-mode="corner" data-theme="light" data-dismiss-days="3" data-min-pageviews="2" data-delay="100" data-ad-scripts="/ads.js, prebid" data-preview data-title="Hello" data-cta="Give"',
    );
    const o = resolveOptions(readAttributes(el), true);
    expect(o).toMatchObject({
      supportUrl: 'https://news.example/support',
      mode: 'corner',
      theme: 'light',
      dismissDays: 3,
      minPageviews: 2,
      delay: 100,
      preview: true,
    });
    expect(o.adScripts).toEqual(['/ads.js', 'prebid']);
    expect(o.texts).toEqual({ title: 'Hello', cta: 'Give' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once per bad attribute, naming the attribute and its value', () => {
    const el = script('data-dismiss-days="forever" data-support-url="javascript:void(0)" data-mode="inline" data-target="[[["');
    const o = resolveOptions(readAttributes(el), true);
    expect(o.dismissDays).toBe(7);
    expect(o.supportUrl).toBeUndefined();
    const msgs = warn.mock.calls.map((c) => String(c[0]));
    expect(msgs).toHaveLength(3);
    expect(msgs[0]).toMatch(/^\[politely\] invalid data-support-url: "javascript:void\(0\)"/);
    expect(msgs[1]).toContain('data-target');
    expect(msgs[2]).toContain('data-dismiss-days: "forever"');
  });

  it('ignores callbacks from attributes and honours data-auto="false"', () => {
    const el = script('data-on-show="alert(1)" data-auto="false"');
    expect(readAttributes(el)).not.toHaveProperty('onShow');
    expect(autoDisabled(el)).toBe(true);
    expect(autoDisabled(script(''))).toBe(false);
  });
});
