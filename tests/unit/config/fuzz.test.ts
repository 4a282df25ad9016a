// Property-based fuzzing of the configuration path and of the prompt's rendering. It proves that
// for hostile input in every data-* attribute (taken from SPEC, so new ones are fuzzed too) and
// every init() option: resolving never throws; URLs come out absent or absolute http(s); numbers
// are finite and within their documented bounds; enums stay in their set; theming values carry
// nothing that loads; each rejected value gives exactly one warning naming it; unknown attributes
// change nothing; and the rendered prompt holds only its template's elements, the texts as text,
// and http(s) links.
//
// Fixed seed and run count by default (CI). To dig deeper:
//   FC_RUNS=100000 FC_SEED=$RANDOM npx vitest run --project unit tests/unit/config/fuzz.test.ts
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import fc from 'fast-check';
import { MAX_LENGTH, type Check } from '../../../src/config/checks';
import type { Mode } from '../../../src/config/details';
import { OPTIONS } from '../../../src/config/options';
import { OPTION_NAMES, attrName, resolveOptions, type UnknownName } from '../../../src/config/resolve';
import { readAttributes, autoDisabled } from '../../../src/config/attributes';
import type { PolitelyOptions, ResolvedOptions } from '../../../src/config/types';
import { TEXT_KEYS, type Texts } from '../../../src/config/texts';
import { chooseLanguage, loadLocale } from '../../../src/view/locale';
import { BLOCKERS } from '../../../src/view/steps';
import { openPrompt } from '../view/open';

const SPEC = OPTIONS as unknown as Record<string, [Check<unknown>, unknown?]>;

const seed = Number(process.env.FC_SEED ?? 20261125);
const RUNS = Number(process.env.FC_RUNS ?? 1000);
// Runs per property, scaled to its cost: 1000 + 2000 + 1000 + 1000 + 500 = 5500 cases by default.
const params = (scale = 1) => ({ seed, numRuns: Math.max(1, Math.round(RUNS * scale)) });

// ---- what a resolved option may be, per option (the test fails if the table gains one without an invariant)
type Invariant = (v: unknown, input: unknown) => boolean;
const isString = (v: unknown): v is string => typeof v == 'string';
const httpUrl: Invariant = (v) => {
  if (!isString(v)) return false;
  const u = new URL(v); // absolute: throws otherwise
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not survive
  return /^https?:$/.test(u.protocol) && u.href == v && !/[\s\0-\x1f\x7f<>]/.test(v);
};
const oneOf =
  (set: string): Invariant =>
  (v, input) =>
    set.split(' ').includes(v as string) && (!set.split(' ').includes(input as string) || v == input);
/** Upper bound by default: the largest timer delay (larger ones fire at once). */
const number =
  (min: number, integer = false, max = 2 ** 31 - 1): Invariant =>
  (v) =>
    typeof v == 'number' && v >= min && v <= max && (!integer || Number.isInteger(v));
const text: Invariant = (v, input) => isString(v) && v.trim() != '' && v == input;
const css: Invariant = (v, input) => isString(v) && v == input && !/[;{}<>\\@]|\/\*|url\(|var\(|image|src\(|expression\(/i.test(v);
const selector: Invariant = (v, input) => isString(v) && v.trim() != '' && v == input; // parseable: checks.ts asks the DOM
const list: Invariant = (v) => Array.isArray(v) && v.length > 0 && v.every((s) => isString(s) && s != '' && s == s.trim());
const bool: Invariant = (v) => typeof v == 'boolean';
const fn: Invariant = (v) => typeof v == 'function';
const INVARIANTS: Record<string, Invariant> = {
  supportUrl: httpUrl,
  signinUrl: httpUrl,
  logoUrl: httpUrl,
  logoAlt: text,
  probeUrl: httpUrl,
  promptSrc: httpUrl,
  mode: oneOf('banner modal corner inline'),
  theme: oneOf('auto light dark'),
  storage: oneOf('local session memory none'),
  target: selector,
  skipSelector: selector,
  locale: text,
  nonce: text,
  consentEvent: text,
  skipCookie: text,
  skipStorageKey: text,
  accent: css,
  background: css,
  color: css,
  radius: css,
  font: css,
  dismissDays: number(0, false, 3650),
  minPageviews: number(1, true, 10_000),
  periodHours: number(0, false, 87_600),
  delay: number(0),
  timeout: number(0, false, 60_000),
  consentPurpose: number(0, true, 24),
  adScripts: list,
  preview: bool,
  previewParam: bool,
  requireConsent: bool,
  skipBots: bool,
  detectWhenSuppressed: bool,
  debug: bool,
  shouldShow: fn,
  onVerdict: fn,
  onShow: fn,
  onHide: fn,
  onDismiss: fn,
  onAction: fn,
  onError: fn,
};
const KEYS: string[] = OPTION_NAMES;
const README = import.meta.url.replace(/^file:\/\//, '').replace(/tests\/unit\/config\/[^/]+$/, 'README.md');
const isCallback = (key: string) => SPEC[key][0](() => {}) !== undefined;
/** "[politely] <name>=… is not" (attributes), "[politely] <name>: … is not" (options), or another warning. */
const warningName = (m: unknown) =>
  !isString(m) || !m.startsWith('[politely] ')
    ? 'not Politely: ' + String(m)
    : / "inline" needs /.test(m)
      ? 'inline without a target'
      : /^\[politely\] no (supportUrl|data-support-url): /.test(m)
        ? 'no support URL'
        : (m.match(/^\[politely\] ([\w.-]+)(?:=|: | is not an option)/)?.[1] ?? 'unexpected: ' + m);
/** Longer than any option may be: refused before any check sees it. */
const tooLong = (v: unknown) => isString(v) && v.length > MAX_LENGTH;

// ---- hostile strings
const PREFIXES = ['', ' ', '\t', '\n', '\r\n', '\0', '\x01', '\x1f', '\x7f', '\u00a0', '\u200b', '\ufeff', '\u2028', '\ud800'];
const SCHEMES = [
  'javascript:',
  'data:',
  'vbscript:',
  ' JaVaScRiPt:',
  'java\tscript:',
  'java\nscript:',
  'JAVASCRIPT&colon;',
  'file:',
  'blob:',
  'about:',
  'ftp:',
  'ws:',
  'http:',
  'https:',
  'HTTPS://',
  'http:/',
  'https:\\\\',
  '//',
  '\\\\',
  '',
];
const PAYLOADS = [
  'alert(1)',
  '//evil.example',
  '//evil.example/x?<b>',
  'evil.example',
  '@evil.example',
  'text/html,<script>alert(1)</script>',
  'text/html;base64,PHNjcmlwdD4=',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'-alert(1)-'",
  '<iframe src=javascript:alert(1)>',
  '<a href="javascript:x">y</a>',
  '&lt;b&gt;',
  '&#106;avascript:alert(1)',
  '&#x6A;',
  '&amp;',
  '&nbsp;',
  '%0a',
  '%00',
  '\\u0000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{b}',
  '{b}{b}',
  '$&',
  "$'",
  '$`',
  '$$',
  '/support',
  'support?x=1#y',
  'red',
  '#8a1538',
  'rgb(1,2,3)',
  'red;}body{display:none',
  'url(x)',
  'expression(alert(1))',
  '12px',
  'Georgia, serif',
  'system-ui',
  '#slot',
  '.ad-slot, #x',
  '[[[',
  'a:has(',
  '*',
  'div > p ~ b + i',
  '0',
  '1',
  '-1',
  '1.5',
  '1e3',
  '1e309',
  '-0',
  '0x10',
  ' 5 ',
  'Infinity',
  'NaN',
  '١',
  'true',
  'false',
  '',
  'banner',
  'modal',
  'corner',
  'inline',
  'auto',
  'light',
  'dark',
  'local',
  'session',
  'memory',
  'none',
  'de',
  'pt-BR',
  'ar',
  'xx-YY',
];
const crafted = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.constantFrom(...SCHEMES),
    fc.constantFrom(...PAYLOADS),
    fc.constantFrom('', ...PAYLOADS),
    fc.string({ maxLength: 4 }),
  )
  .map((parts) => parts.join(''));
const long = fc
  .tuple(fc.constantFrom(...PAYLOADS, 'a', ' '), fc.integer({ min: 1000, max: 10000 }))
  .map(([p, n]) => (p || 'x').repeat(Math.ceil(n / (p.length || 1))));
const hostile = fc.oneof(
  { arbitrary: crafted, weight: 6 },
  { arbitrary: fc.constantFrom(...PAYLOADS), weight: 2 },
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 2 }, // any code point, surrogates included
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 1 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: long, weight: 1 },
);
// JS option values: hostile strings and everything else an option could be set to by mistake.
const jsValue = fc.oneof(
  { arbitrary: hostile, weight: 6 },
  { arbitrary: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 31, Number.MAX_VALUE)), weight: 2 },
  { arbitrary: fc.oneof(fc.boolean(), fc.constantFrom(null, undefined)), weight: 1 },
  { arbitrary: fc.array(hostile, { maxLength: 4 }), weight: 1 },
  { arbitrary: fc.func(fc.boolean()), weight: 1 },
);
// Everything else: any object (null-prototype ones, a "toString" key…), boxed values, BigInt, symbols…
const exotic = fc.oneof(
  fc.anything(),
  fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withBigInt: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withObjectString: true,
    stringUnit: 'binary',
  }),
  fc.constantFrom(Symbol('x'), Symbol.iterator, new String('https://ok.example/'), Object.create(null), [Object.create(null)]),
);

const options = (value: fc.Arbitrary<unknown>) =>
  fc.record(
    {
      ...Object.fromEntries(KEYS.map((k) => [k, value])),
      texts: fc.oneof(
        { arbitrary: fc.record(Object.fromEntries(TEXT_KEYS.map((k) => [k, value])), { requiredKeys: [] }), weight: 5 },
        value,
      ),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<PolitelyOptions>;
// Every attribute Politely reads: one per SPEC key (callbacks too: they must be ignored), one per text.
const ATTRS = [...KEYS, ...TEXT_KEYS, 'auto', 'politely'];
const attributes = fc.record(
  Object.fromEntries(ATTRS.map((k) => [attrName(k), fc.oneof({ arbitrary: hostile, weight: 9 }, fc.constant(''))])),
  { requiredKeys: [] },
);
const scriptTag = (attrs: Record<string, string | undefined>) => {
  const el = document.createElement('script');
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  return el;
};

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  // Whatever a case left unchecked: every warning is Politely's.
  expect(warn.mock.calls.filter((c) => !String(c[0]).startsWith('[politely] '))).toEqual([]);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Resolves `input` and checks every promise the config path makes about the result. */
function checkResolved(input: PolitelyOptions, fromAttributes: boolean): ResolvedOptions {
  warn.mockClear();
  const o = resolveOptions(input, fromAttributes);
  const raw = (input ?? {}) as Record<string, unknown>;
  const out = o as unknown as Record<string, unknown>;
  const name = (k: string, text = false) => (fromAttributes ? attrName(k) : text ? 'texts.' + k : k);
  const rejected: string[] = [];
  if (!Object.isFrozen(o) || Object.getPrototypeOf(o) !== null || Object.keys(o).join() != [...KEYS, 'texts'].join())
    expect.fail('not a frozen, prototype-free object of every option: ' + Object.keys(o));
  for (const k of KEYS) {
    const [check, fallback] = SPEC[k];
    const v = out[k];
    // Callbacks can't come from attributes: a data-on-* attribute is an unknown one.
    if (fromAttributes && isCallback(k)) {
      if (raw[k] !== undefined) expect.fail(`${k} read from an attribute`);
      continue;
    }
    // Rejected: given, and too long, or (no default) nothing came out, or (a default) the validator said no.
    if (raw[k] !== undefined && (tooLong(raw[k]) || (fallback === undefined ? v === undefined : check(raw[k]) === undefined)))
      rejected.push(name(k));
    // The default (absent, or SPEC's), or a value that keeps the option's promise.
    const ok = v === fallback || (v !== undefined && INVARIANTS[k](v, raw[k]) && !(fromAttributes && isCallback(k)));
    if (!ok) expect.fail(`${k}: ${fc.stringify(raw[k])} resolved to ${fc.stringify(v)}`);
  }
  if (o.mode == 'inline' && !o.target) rejected.push('inline without a target');
  if (!o.supportUrl) rejected.push('no support URL');
  const texts = raw.texts as Record<string, unknown> | undefined;
  if (texts !== undefined && (typeof texts != 'object' || !texts)) rejected.push('texts');
  else
    for (const k of TEXT_KEYS)
      if (texts?.[k] !== undefined && (tooLong(texts[k]) || !(isString(texts[k]) && texts[k].trim()))) rejected.push(name(k, true));
  for (const [k, v] of Object.entries(o.texts))
    if (!(TEXT_KEYS.includes(k as keyof Texts) && isString(v) && v.trim() != '' && v === texts![k]))
      expect.fail(`texts.${k} resolved to ${fc.stringify(v)}`);
  // One warning per rejected value, naming it; nothing else; every warning is Politely's.
  const named = warn.mock.calls.map((c) => warningName(c[0]));
  if (named.sort().join('\n') != rejected.sort().join('\n')) expect(named).toEqual(rejected);
  return o;
}

// Generous limits: FC_RUNS may be raised a hundredfold.
const timeout = 30_000 + RUNS * 20;

describe('config fuzz', { timeout }, () => {
  it('checks an invariant for every SPEC key and fuzzes every attribute the README documents', () => {
    expect(Object.keys(INVARIANTS).sort()).toEqual([...KEYS].sort());
    const readme = readFileSync(README, 'utf8');
    const options = readme.slice(readme.indexOf('<!-- options:start -->'), readme.indexOf('<!-- options:end -->'));
    const documented = [...options.matchAll(/^\|[^|]*\| `(data-[a-z-]+)`/gm)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(25);
    expect(documented.filter((a) => !ATTRS.map(attrName).includes(a))).toEqual([]);
    expect(ATTRS.map(attrName)).toContain('data-support-url');
  });

  it('data-* attributes: never throws; every value is valid or the default; one warning per rejected value', () => {
    fc.assert(
      fc.property(attributes, (attrs) => {
        const el = scriptTag(attrs);
        expect(typeof autoDisabled(el)).toBe('boolean');
        warn.mockClear();
        const unknownNames: UnknownName[] = [];
        const raw = readAttributes(el, unknownNames);
        // Reading finds each data-on-* callback attribute: no such option (explained later, by the diagnostics file).
        const unknown = unknownNames.map((u) => u.name);
        expect(unknown.sort()).toEqual(
          KEYS.filter((k) => isCallback(k) && attrs[attrName(k)] !== undefined)
            .map(attrName)
            .sort(),
        );
        const o = checkResolved(raw, true);
        for (const k of TEXT_KEYS) if (o.texts[k] !== undefined) expect(o.texts[k]).toBe(attrs[attrName(k)]);
      }),
      params(),
    );
  });

  it('init() options: never throws; every value is valid or the default; one warning per rejected value', () => {
    fc.assert(
      fc.property(options(jsValue), (input) => void checkResolved(input, false)),
      params(2),
    );
  });

  it('init() options of exotic types (null-prototype objects, symbols, BigInt, boxed values…): never throws', () => {
    fc.assert(
      fc.property(options(exotic), (input) => void checkResolved(input, false)),
      params(),
    );
  });

  it('unknown data-* attributes change nothing, prototype names included (each gets a warning)', () => {
    const unknown = fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'to-string',
        'value-of',
        'has-own-property',
        'is-prototype-of',
        'texts',
        'on-show',
        'politely-x',
        'supporturl',
      ),
      fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z][a-z0-9]{0,8}){0,2}$/),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ATTRS.map(attrName)), fc.constantFrom(...PAYLOADS), { maxKeys: 8 }),
        fc.dictionary(
          unknown.filter((n) => !ATTRS.map(attrName).includes('data-' + n)),
          hostile,
          { maxKeys: 4 },
        ),
        (known, extra) => {
          const el = scriptTag(known);
          const expected = resolveOptions(readAttributes(el), true);
          for (const [n, v] of Object.entries(extra)) el.setAttribute('data-' + n, v);
          const raw = readAttributes(el);
          expect(Object.keys(raw).filter((k) => k != 'texts' && !Object.hasOwn(SPEC, k))).toEqual([]);
          expect({ ...resolveOptions(raw, true), texts: null }).toEqual({ ...expected, texts: null });
          expect({ ...resolveOptions(raw, true).texts }).toEqual({ ...expected.texts });
        },
      ),
      params(),
    );
  });
});

// ---- rendering, through the view's own code
const VARS = {
  accent: '--politely-accent',
  background: '--politely-bg',
  color: '--politely-text',
  radius: '--politely-radius',
  font: '--politely-font',
};
const ALLOWED_TAGS = new Set(['DIV', 'B', 'H2', 'P', 'A', 'BUTTON', 'OL', 'LI', 'SPAN', 'LABEL', 'SELECT', 'OPTION']);
const ALLOWED_ATTRS = new Set([
  'class',
  'role',
  'id',
  'tabindex',
  'dir',
  'lang',
  'href',
  'target',
  'rel',
  'type',
  'for',
  'value',
  'disabled',
  'aria-modal',
  'aria-labelledby',
  'aria-describedby',
  'aria-expanded',
  'aria-controls',
  'aria-hidden',
  'inert',
]);
const textsOf = (els: Iterable<Element>) => [...els].map((e) => e.textContent);

describe('prompt rendering fuzz', { timeout }, () => {
  it('renders fuzzed texts as text, only template elements, only http(s) links', async () => {
    const ui = fc.record({
      texts: fc.record(Object.fromEntries(TEXT_KEYS.map((k) => [k, hostile])), { requiredKeys: [] }),
      supportUrl: fc.option(hostile, { nil: undefined }),
      locale: fc.option(hostile, { nil: undefined }),
      theme: fc.record(Object.fromEntries(Object.keys(VARS).map((k) => [k, hostile])), { requiredKeys: [] }),
      mode: fc.constantFrom<Mode>('banner', 'modal', 'corner', 'inline'),
      thanks: fc.boolean(),
      help: fc.boolean(),
      blocker: fc.constantFrom(...BLOCKERS),
      preview: fc.boolean(),
      fromAttributes: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(ui, async ({ texts, supportUrl, locale, theme, mode, thanks, help, blocker, preview, fromAttributes }) => {
        const flat: Record<string, string | undefined> = { supportUrl, locale, ...theme, ...texts };
        const attrs = Object.fromEntries(Object.entries(flat).flatMap(([k, v]) => (v === undefined ? [] : [[attrName(k), v]])));
        const input = fromAttributes ? readAttributes(scriptTag(attrs)) : { supportUrl, locale, ...theme, texts };
        const o = resolveOptions(input, fromAttributes);
        // (The raw input, as init() would get it; its supportUrl even when absent: no default here.)
        const p = await openPrompt(
          { ...(input as PolitelyOptions), supportUrl: (input as PolitelyOptions).supportUrl, mode, target: undefined },
          { preview, request: { _thanks: thanks } },
        );
        try {
          if (help && !thanks) p.$('[aria-controls=politely-h]').click();
          const picker = p.root().querySelector('select');
          if (picker) {
            picker.value = blocker;
            picker.dispatchEvent(new Event('change', { bubbles: true }));
          }
          const root = p.root();
          const host = root.host as HTMLElement;
          // The card, not its unseen twin (the fixed placements' room in the page's flow).
          const card = root.querySelector('.pc:not(.pz)')!;
          // Only the template's elements and attributes; no handler attributes; links are http(s).
          const all = [...root.querySelectorAll('*')];
          for (const el of all)
            if (!ALLOWED_TAGS.has(el.tagName) || el.getAttributeNames().some((a) => !ALLOWED_ATTRS.has(a)))
              expect.fail('not from the template: ' + el.outerHTML);
          for (const a of root.querySelectorAll('[href]'))
            if (!/^https?:$/.test(new URL(a.getAttribute('href')!).protocol) || a.getAttribute('href') !== o.supportUrl)
              expect.fail('href: ' + a.getAttribute('href'));
          // The host carries the marker and, through the CSSOM, only the validated theme values.
          expect(host.getAttributeNames().filter((a) => a != 'style' && a != 'tabindex')).toEqual(['data-politely-prompt']);
          for (const prop of host.style) {
            const key = Object.keys(VARS).find((k) => VARS[k as keyof typeof VARS] == prop) as keyof typeof VARS;
            // (Custom property values are stored trimmed.)
            if (!key || host.style.getPropertyValue(prop) !== o[key]!.trim())
              expect.fail(`host style ${prop}: ${host.style.getPropertyValue(prop)}`);
          }
          expect(host.childNodes).toHaveLength(0);
          // Every fuzzed text that survived validation is shown, verbatim, as text.
          const locale = await loadLocale(chooseLanguage(o.locale));
          const t = { ...locale.texts, ...o.texts } as Texts;
          const message = o.supportUrl ? t.message : (o.texts.messageAllowlist ?? o.texts.message ?? locale.texts.messageAllowlist);
          expect(card.querySelector('h2')!.textContent).toBe(t.title);
          expect(root.querySelector('#politely-m')?.textContent).toBe(thanks ? undefined : message);
          expect(card.querySelector('.pn')?.textContent).toBe(!thanks && o.texts.note ? o.texts.note : undefined);
          expect(card.querySelector('.ps')!.textContent).toBe(thanks ? t.thanks : '');
          expect(card.querySelector('.pv')?.textContent).toBe(preview ? t.previewLabel : undefined);
          expect(card.querySelector('.pq')!.textContent).toBe(t.dismiss);
          expect(textsOf(card.querySelectorAll('.px > *'))).toEqual(thanks ? [] : o.supportUrl ? [t.cta, t.help] : [t.help]);
          const open = help && !thanks;
          expect(textsOf(card.querySelectorAll('option'))).toHaveLength(open ? BLOCKERS.length : 0);
          const site = location.hostname;
          const steps = locale.steps[blocker].map((step) => step.replaceAll('{site}', site).replaceAll('*', ''));
          expect(textsOf(card.querySelectorAll('ol li'))).toEqual(open ? (blocker == 'network' ? steps : [...steps, t.reload]) : []);
          expect(all.length).toBeLessThanOrEqual(120);
        } finally {
          p.end();
        }
        expect(document.querySelectorAll('[data-politely-prompt]')).toHaveLength(0);
      }),
      params(0.5),
    );
  });
});

// ---- time: every check runs in time linear in its input
describe('a megabyte in every option and attribute', () => {
  const MB = 1 << 20;
  /** Texts that cost quadratic checks dearly: words, brackets, quotes, function-like text. */
  const kinds = [
    'a'.repeat(MB),
    '('.repeat(MB),
    ')'.repeat(MB),
    '"'.repeat(MB),
    'rgb(0 0 0) '.repeat(MB / 11),
    'a('.repeat(MB / 2),
    'var(--x, '.repeat(MB / 9),
    'https://x/'.repeat(MB / 10),
  ];

  it.each(kinds.map((value) => [fc.stringify(value.slice(0, 12)) + '…', value]))(
    '%s: init() and the script tag take well under a second for all of them together, with one warning each',
    async (_name, value) => {
      const { init } = await import('../../../src/index');
      const all = Object.fromEntries(
        [...KEYS, 'texts'].map((k) => [k, k == 'texts' ? Object.fromEntries(TEXT_KEYS.map((t) => [t, value])) : value]),
      );
      const el = scriptTag(Object.fromEntries([...KEYS, ...TEXT_KEYS].map((k) => [attrName(k), value])));
      const start = performance.now();
      const controller = init(all as PolitelyOptions);
      const unknown: UnknownName[] = [];
      resolveOptions(readAttributes(el, unknown), true, unknown);
      const elapsed = performance.now() - start;
      controller.destroy();
      expect(elapsed).toBeLessThan(1000);
      // Every warning quotes the value briefly: never a megabyte in the console.
      for (const [message] of warn.mock.calls) expect(String(message).length).toBeLessThan(400);
      expect(warn.mock.calls.length).toBeGreaterThan(KEYS.length);
    },
  );
});

describe('the checks themselves run in linear time (beneath the length bound)', () => {
  const MB = 1 << 20;
  it.each([
    ['a long word (a lookahead after [\\w-]+ would rescan it from each letter)', 'a'.repeat(MB)],
    ['function-like text', 'a('.repeat(MB / 2)],
    ['colour functions', 'rgb(0 0 0) '.repeat(MB / 11)],
  ])('css(): %s, a megabyte, in well under a second', (_name, value) => {
    const start = performance.now();
    for (const [check] of [SPEC.accent, SPEC.font, SPEC.radius]) check(value);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
