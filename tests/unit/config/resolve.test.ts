// Options and data-* attributes: validation, defaults, and warnings that teach — each one line,
// naming what is wrong, what is accepted and what is used instead.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { autoDisabled, readAttributes } from '../../../src/config/attributes';
import { resolveOptions, type UnknownName } from '../../../src/config/resolve';
import type { PolitelyOptions } from '../../../src/config/types';
import { explainUnknown } from '../../../src/diagnostics/index';

let warn: MockInstance<typeof console.warn>;
/** Names that are not options: the loader has the diagnostics file explain them (asynchronously). */
let unknown: UnknownName[] = [];
const NO_SUPPORT = /the prompt asks only to allowlist/;
/** Every warning, the explained unknown names last; the "no supportUrl" one has its own test. */
const warnings = () => [
  ...warn.mock.calls.map((c) => String(c[0])).filter((w) => !NO_SUPPORT.test(w)),
  ...unknown.map((u) => '[politely] ' + explainUnknown(u)),
];
const resolve = (input?: PolitelyOptions, fromAttributes = false) => resolveOptions(input, fromAttributes, unknown);
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  unknown = [];
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.lang = '';
});

const script = (attrs: string) => {
  document.body.innerHTML = `<script data-politely ${attrs}></script>`;
  return document.querySelector('script')!;
};
const fromTag = (attrs: string) => resolve(readAttributes(script(attrs), unknown), true);

describe('resolveOptions', () => {
  it('fills defaults into a frozen object without a prototype', () => {
    const o = resolve();
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
      skipBots: true,
      debug: false,
    });
    expect(o.supportUrl).toBeUndefined();
    // Detection's own default (600 ms) applies: the options table leaves it to detection.
    expect(o.timeout).toBeUndefined();
    expect(Object.isFrozen(o)).toBe(true);
    expect(Object.getPrototypeOf(o)).toBeNull();
    expect(Object.getPrototypeOf(o.texts)).toBeNull();
    expect(warnings()).toEqual([]);
  });

  it('without a support URL: one warning that the prompt asks only to allowlist', () => {
    resolve();
    expect(warn.mock.calls.map((c) => c[0])).toEqual(['[politely] no supportUrl: the prompt asks only to allowlist the site']);
    warn.mockClear();
    resolve({}, true);
    expect(warn.mock.calls.map((c) => c[0])).toEqual(['[politely] no data-support-url: the prompt asks only to allowlist the site']);
    warn.mockClear();
    resolve({ supportUrl: 'javascript:alert(1)' });
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      '[politely] supportUrl: "javascript:alert(1)" is not an http: or https: URL; ignored, as if not set',
      '[politely] no supportUrl: the prompt asks only to allowlist the site',
    ]);
  });

  it('keeps valid values and resolves relative URLs against the page', () => {
    const o = resolve({
      supportUrl: '/support?x=1',
      mode: 'modal',
      theme: 'dark',
      accent: '#8a1538',
      background: 'rgb(255 251 230)',
      dismissDays: 30,
      adScripts: ['a.js', ' b '],
      radius: '4px',
      font: '"Times New Roman", Georgia, serif',
    });
    expect(o.supportUrl).toBe(new URL('/support?x=1', location.href).href);
    expect(o).toMatchObject({ mode: 'modal', theme: 'dark', accent: '#8a1538', dismissDays: 30, radius: '4px' });
    expect(o.adScripts).toEqual(['a.js', 'b']);
    expect(warnings()).toEqual([]);
  });

  const bad: [string, unknown, unknown, string][] = [
    ['supportUrl', 'javascript:alert(1)', undefined, 'an http: or https: URL; ignored, as if not set'],
    ['supportUrl', 'data:text/html,<b>x</b>', undefined, 'an http: or https: URL'],
    ['probeUrl', 'ftp://example.com/x', undefined, 'an http: or https: URL'],
    ['mode', 'popup', 'banner', 'one of banner, modal, corner, inline; using "banner"'],
    ['theme', 'pink', 'auto', 'one of auto, light, dark; using "auto"'],
    ['accent', 'red;}body{display:none', undefined, 'a CSS color value, without url() or var(); ignored, as if not set'],
    ['dismissDays', -1, 7, 'a number from 0 to 3650; using 7'],
    ['dismissDays', 'soon', 7, 'using 7'],
    ['minPageviews', 1.5, 1, 'a whole number from 1 to 10000; using 1'],
    ['minPageviews', 0, 1, 'using 1'],
    ['delay', Infinity, 0, 'using 0'],
    // Past the largest timer delay, browsers would fire at once.
    ['delay', 2 ** 31, 0, 'a number from 0 to 2147483647'],
    // No default in the table: detection's own (600 ms) applies.
    ['timeout', 60_001, undefined, 'a number from 0 to 60000; ignored, as if not set'],
    [
      'supportUrl',
      'https://news.example/' + 'x'.repeat(2000),
      undefined,
      '… (2021 characters) is not at most 2000 characters long; ignored',
    ],
    ['preview', 'yes', false, 'true or false; using false'],
    ['storage', 'cookie', 'local', 'one of local, session, memory, none'],
    ['target', '##nope', undefined, 'a CSS selector; ignored, as if not set'],
    ['adScripts', [1, 2], undefined, 'a comma-separated list of URLs'],
    ['onShow', 'alert(1)', undefined, 'a function; ignored, as if not set'],
  ];
  it.each(bad)('%s = %j warns once: what is wrong, what is accepted, what is used', (key, value, fallback, says) => {
    const o = resolve({ [key]: value } as never);
    expect((o as unknown as Record<string, unknown>)[key]).toEqual(fallback);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(new RegExp(`^\\[politely\\] ${key}: `));
    expect(warnings()[0]).toContain(says);
  });

  it.each([
    ['url()', 'url(https://evil.example/a.png)'],
    ['a var() whose fallback carries url()', 'var(--x, url(https://evil.example/a.png))'],
    ['a bare var()', 'var(--page-accent)'],
    ['image-set()', 'image-set("a.png" 1x)'],
    ['image()', 'image(red)'],
    ['src()', 'src("a.png")'],
    ['@import', '@import "x.css"'],
    ['a declaration break', 'red; background: url(x)'],
    ['a comment', 'red /* x */'],
    ['a backslash escape', 'u\\72l(x)'],
  ])('theming values cannot load anything: %s is refused', (_name, value) => {
    const o = resolve({ accent: value, background: value, color: value, radius: value, font: value });
    expect([o.accent, o.background, o.color, o.radius, o.font]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(warnings()).toHaveLength(5);
  });

  it('colour functions stay allowed in colours, and only there', () => {
    const o = resolve({
      accent: 'rgb(10 20 30)',
      background: 'hsl(200 50% 40%)',
      color: 'color-mix(in srgb, red, blue)',
      radius: 'calc(2px + 2px)',
    });
    expect([o.accent, o.background, o.color]).toEqual(['rgb(10 20 30)', 'hsl(200 50% 40%)', 'color-mix(in srgb, red, blue)']);
    expect(o.radius).toBeUndefined();
  });

  it('names the option probably meant for an unknown one', () => {
    resolve({ supportURL: '/x', placement: 'modal', dismisDays: 3, wibble: 1 } as never);
    expect(warnings()).toEqual([
      '[politely] supportURL is not an option: did you mean supportUrl?',
      '[politely] placement is not an option: did you mean mode?',
      '[politely] dismisDays is not an option: did you mean dismissDays?',
      '[politely] wibble is not an option; ignored',
    ]);
  });

  it('options that are not an object: one warning, the defaults', () => {
    expect(resolve('modal' as never).mode).toBe('banner');
    expect(warnings()).toEqual(['[politely] options: "modal" is not an object; using the defaults']);
  });

  it('validates texts one by one', () => {
    const o = resolve({ texts: { title: 'Hi', cta: 42 as never, message: '' } });
    expect({ ...o.texts }).toEqual({ title: 'Hi' });
    expect(warnings()).toEqual([
      '[politely] texts.message: "" is not a non-empty string; using the built-in text',
      '[politely] texts.cta: 42 is not a non-empty string; using the built-in text',
    ]);
  });

  it('inline without a target says what is missing', () => {
    resolve({ mode: 'inline' });
    expect(warnings()).toEqual(['[politely] mode "inline" needs target, a CSS selector; showing a banner']);
  });
});

describe('script-tag attributes', () => {
  it('reads every data-* option and text, with attribute names in warnings', () => {
    const o = fromTag(
      'data-support-url="https://news.example/support" data-mode="corner" data-theme="light" data-dismiss-days="3" data-min-pageviews="2" data-delay="100" data-ad-scripts="/ads.js, /more.js" data-preview data-title="Hello" data-cta="Give" data-preview-label="Try"',
    );
    expect(o).toMatchObject({
      supportUrl: 'https://news.example/support',
      mode: 'corner',
      theme: 'light',
      dismissDays: 3,
      minPageviews: 2,
      delay: 100,
      preview: true,
    });
    expect(o.adScripts).toEqual(['/ads.js', '/more.js']);
    expect({ ...o.texts }).toEqual({ title: 'Hello', cta: 'Give', previewLabel: 'Try' });
    expect(warnings()).toEqual([]);
  });

  it('warns once per bad attribute, naming the attribute, its value, what is accepted and what is used', () => {
    const o = fromTag('data-dismiss-days="forever" data-support-url="javascript:void(0)" data-mode="inline" data-target="[[["');
    expect(o.dismissDays).toBe(7);
    expect(o.supportUrl).toBeUndefined();
    expect(warnings()).toEqual([
      '[politely] data-support-url="javascript:void(0)" is not an http: or https: URL; ignored, as if not set',
      '[politely] data-target="[[[" is not a CSS selector; ignored, as if not set',
      '[politely] data-dismiss-days="forever" is not a number from 0 to 3650; using 7',
      '[politely] data-mode "inline" needs data-target, a CSS selector; showing a banner',
    ]);
  });

  it.each([
    ['a synonym', 'data-placement="modal"', 'data-placement is not an option: did you mean data-mode?'],
    [
      'the camelCase spelling (HTML lowercases it)',
      'data-supportUrl="/s"',
      'data-supporturl is not an option: did you mean data-support-url?',
    ],
    ['a typo', 'data-dismis-days="3"', 'data-dismis-days is not an option: did you mean data-dismiss-days?'],
    ['a typo in a text key', 'data-titel="Hi"', 'data-titel is not an option: did you mean data-title?'],
    ['nothing close', 'data-wibble="1"', 'data-wibble is not an option; ignored'],
  ])('an unknown attribute close to a known one (%s) says which one was meant', (_name, attrs, says) => {
    fromTag(attrs);
    expect(warnings()).toEqual(['[politely] ' + says]);
  });

  it('ignores callbacks from attributes (with a warning) and honours data-auto="false"', () => {
    const el = script('data-on-show="alert(1)" data-auto="false"');
    expect(readAttributes(el, unknown)).not.toHaveProperty('onShow');
    expect(warnings()).toEqual(['[politely] data-on-show is not an option; ignored']);
    expect(autoDisabled(el)).toBe(true);
    expect(autoDisabled(script(''))).toBe(false);
  });

  it('data-locale="constructor" and other Object.prototype names are plain unknown values', () => {
    const o = fromTag('data-locale="constructor" data-mode="toString" data-value-of="1"');
    // (A locale that is not built in is the prompt's to judge, when it shows.)
    expect(o.locale).toBe('constructor');
    expect(o.mode).toBe('banner');
    expect(warnings()).toHaveLength(2);
  });
});
