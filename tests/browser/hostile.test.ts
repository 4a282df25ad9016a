// The hostile-page suite (issue 11). Politely is pasted into pages it does not control, and a news
// site's page is a crowded place: prototype-pollution bugs in query-string parsers, legacy
// polyfills that replace built-ins, tag managers that wrap `fetch`, CMS plugins that add the
// script a second time, stale or tampered storage. README's "Robustness" promises that none of
// this makes Politely throw into the page, leak a polluted value into an option, load anything
// the publisher did not ask for, or show a second prompt. Each case loads the realistic article
// hostile in one way and asserts
//  (a) no page error: no `pageerror`, no uncaught error, no unhandled rejection;
//  (b) the documented outcome: the prompt shown or not, its links, and the one clear
//      `[politely] ` warning where README documents one (and no other);
//  (c) no request but the page's own: the site and the ad hosts the article loads. Nothing to
//      the attacker's host (`evil.example`), and the prompt file only when a prompt shows.
//
// Covered elsewhere, not repeated here: storage that throws on every access, `localStorage` and
// `sessionStorage` getters and `document.cookie` included (faults-prompt.test.ts, case 1); storage
// full (case 2); `init()` called twice (case 6); a sandboxed iframe (faults.test.ts and case 7).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  AD_HOSTS,
  SITE,
  articleHtml,
  launchChromium,
  openPage,
  useBrowser,
  type ArticleOptions,
  type Condition,
  type TestPage,
} from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const { version: VERSION } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
/** The "other release" of the loaded-twice cases. */
const OTHER_VERSION = '0.1.99';
/** The script-tag files that state their release (the loader checks the prompt's, the consent and diagnostics files'). */
const VERSIONED = ['politely.js', 'politely-prompt.js', 'politely-consent.js', 'politely-diagnostics.js'];
const LOADER = '/dist/politely.js';
const JS = { 'content-type': 'text/javascript; charset=utf-8' };
const EVIL = 'evil.example';
/** The page's own support page, relative, as publishers write it. */
const SUPPORT = '/support';

/** The one-line install. */
const tag = (attrs = '', src = LOADER) => `<script src="${src}" data-politely ${attrs}></script>`;

/**
 * Installed before any page script (Playwright init script): records uncaught errors, unhandled
 * rejections, every `politely:*` event and every prompt host ever added, in an object under a
 * symbol (no window name of its own, for the globals case). It keeps its own references to the
 * built-ins it needs, since the cases below replace or freeze them.
 */
const RECORDER = `(() => {
  const stringify = JSON.stringify, ErrorEventCtor = ErrorEvent, MO = MutationObserver;
  const rec = { errors: [], events: [], verdicts: [], shows: [], added: 0 };
  const said = (v) => { try { return String((v && v.stack) || v); } catch (e) { return typeof v; } };
  addEventListener('error', (e) => { if (e instanceof ErrorEventCtor) rec.errors.push('uncaught: ' + said(e.error || e.message)); }, true);
  addEventListener('unhandledrejection', (e) => rec.errors.push('unhandled rejection: ' + said(e.reason)));
  ['verdict', 'show', 'hide', 'dismiss', 'action', 'error'].forEach((n) =>
    document.addEventListener('politely:' + n, (e) => {
      rec.events.push(n);
      if (n == 'verdict') rec.verdicts.push(!!(e.detail && e.detail.blocked));
      if (n == 'show') rec.shows.push(e.detail && e.detail.mode);
    }),
  );
  new MO((ms) => ms.forEach((m) => m.addedNodes.forEach((x) => { if (x.nodeType == 1 && x.hasAttribute('data-politely-prompt')) rec.added++; })))
    .observe(document, { childList: true, subtree: true });
  Object.defineProperty(window, Symbol.for('politely.test'), { value: { dump: () => stringify(rec), verdicts: () => rec.verdicts.length } });
})();`;

interface Recorded {
  errors: string[];
  events: string[];
  verdicts: boolean[];
  shows: string[];
  added: number;
}
type TestWindow = Record<symbol, { dump(): string; verdicts(): number }> & Record<string, any>;

interface Loaded extends TestPage {
  /** Every URL the page requested, frames included. */
  requests: string[];
}

const suite = useBrowser(launchChromium, ({ server }) => {
  // A second release of the loader and its prompt, as another plugin would serve it from its own
  // folder: the same build with its version string changed.
  const patch = (file: string) => {
    const code = readFileSync(resolve(ROOT, 'dist', file), 'utf8');
    const quoted = `"${VERSION}"`;
    expect(code.split(quoted).length - 1, `${file} holds its version once`).toBe(1);
    return code.replace(quoted, `"${OTHER_VERSION}"`);
  };
  // Every file the loader may fetch from beside itself; those that state the release carry the other one.
  for (const file of readdirSync(resolve(ROOT, 'dist')).filter((f) => /^politely[\w-]*\.js$/.test(f)))
    server.page(`/cdn/${file}`, VERSIONED.includes(file) ? patch(file) : readFileSync(resolve(ROOT, 'dist', file), 'utf8'), JS);
});

let n = 0;
/** Opens the article (or `raw` HTML) under a condition, with the recorder and a request log. */
async function load(condition: Condition, page: ArticleOptions & { raw?: string; query?: string }): Promise<Loaded> {
  const t = await openPage(suite.browser, condition);
  const requests: string[] = [];
  t.page.on('request', (r) => requests.push(r.url()));
  await t.page.addInitScript(RECORDER);
  const html = page.raw ?? articleHtml(suite.server, page);
  await t.page.goto(suite.server.page(`/hostile-${n++}.html`, html) + (page.query ?? ''));
  return { ...t, requests };
}

const recorded = async (page: Page): Promise<Recorded> =>
  JSON.parse(await page.evaluate(() => (window as unknown as TestWindow)[Symbol.for('politely.test')].dump()));

/** Waits for the first `politely:verdict`. */
const verdictEvent = (page: Page) =>
  page.waitForFunction(() => (window as unknown as TestWindow)[Symbol.for('politely.test')].verdicts() > 0, null, {
    timeout: 10_000,
    polling: 50,
  });

/** The prompt as the reader gets it: hosts, its landmark's role, language, heading, links. */
const promptState = (page: Page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('[data-politely-prompt]');
    const root = hosts[0]?.shadowRoot;
    // The card itself, not its unseen twin (aria-hidden, which reserves the fixed card's room).
    const card = root?.querySelector('[role=region],[role=dialog],dialog');
    return {
      hosts: hosts.length,
      role: card?.getAttribute('role') ?? card?.tagName.toLowerCase() ?? null,
      lang: root?.querySelector('[lang]')?.getAttribute('lang') ?? null,
      title: card?.querySelector('h2')?.textContent ?? null,
      links: card ? [...card.querySelectorAll('a')].map((a) => a.getAttribute('href')) : [],
    };
  });

/** Waits for the prompt, then a little longer: a second one, or a late request, would show by then. */
async function expectPrompt(page: Page) {
  await page.locator('[data-politely-prompt]').first().waitFor({ state: 'attached', timeout: 8000 });
  await page.waitForTimeout(400);
  const state = await promptState(page);
  expect(state.hosts, 'one prompt').toBe(1);
  expect(state.role, 'the prompt rendered its card').not.toBeNull();
  return state;
}

/** Waits for the verdict (by event, or by the API when `api`) and past where a prompt would follow it: none may appear. */
async function expectNoPrompt(page: Page, api = false) {
  const blocked = api
    ? await page.evaluate(() => (window as unknown as TestWindow).Politely.detect().then((v: { blocked: boolean }) => v.blocked))
    : (await verdictEvent(page), (await recorded(page)).verdicts[0]);
  await page.waitForTimeout(400);
  expect(await page.locator('[data-politely-prompt]').count()).toBe(0);
  expect((await recorded(page)).added).toBe(0);
  return blocked;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};
/** Requests for the prompt's code: the script tag's file, or the npm chunk and Preact. */
const promptFiles = (requests: string[]) => requests.filter((u) => /\/(politely-prompt\.js|prompt\.mjs|preact\.mjs)(\?|$)/.test(u));

/**
 * (a), (b) and (c): no page error; Politely's console output is one warning per expected pattern
 * and nothing else (up to `maxWarnings` lines, when given); no request to any host but the site's
 * and the ad hosts, none to evil.example, and the prompt's code fetched when a prompt shows, never
 * when none may (`maybe`: the decision to show was made, the rendering may fail). Closes the context.
 */
async function done(t: Loaded, expected: { warnings?: RegExp[]; maxWarnings?: number; prompt: boolean | 'maybe' }) {
  const rec = await recorded(t.page);
  expect([...t.errors.map(String), ...rec.errors], 'page errors').toEqual([]);
  const mine = t.console.filter((m) => m.includes('[politely]'));
  for (const m of mine) expect(m).toMatch(/^warning: \[politely\] /);
  const warnings = expected.warnings ?? [];
  const said = `[politely] output: ${JSON.stringify(mine)}`;
  if (expected.maxWarnings === undefined) expect(mine.length, said).toBe(warnings.length);
  else expect(mine.length, said).toBeLessThanOrEqual(expected.maxWarnings);
  for (const re of warnings) expect(mine.filter((m) => re.test(m)).length, `one warning ${re}; ${said}`).toBe(1);
  expect(t.requests.filter((u) => u.includes(EVIL))).toEqual([]);
  const allowed = new Set<string>([SITE, ...AD_HOSTS]);
  expect(t.requests.filter((u) => !allowed.has(hostOf(u)))).toEqual([]);
  const files = promptFiles(t.requests);
  if (expected.prompt === true) expect(files.length, `the prompt's code fetched: ${JSON.stringify(files)}`).toBeGreaterThanOrEqual(1);
  else if (expected.prompt === false) expect(files).toEqual([]);
  await t.context.close();
}

describe('hostile pages', () => {
  describe('1. Object.prototype polluted before the script', () => {
    // What a prototype-pollution bug elsewhere on the page (`?__proto__[supportUrl]=…` through a
    // query-string parser) leaves behind: every option name, detection's own settings, callbacks
    // (enumerable functions) and texts. README: "a polluted Object.prototype never becomes an
    // option, a detection setting…: Politely reads own properties only".
    const POLLUTE = `<script>(function (P) {
  P.supportUrl = 'https://${EVIL}/support';
  P.preview = true;
  P.probeUrl = 'https://${EVIL}/p';
  P.promptSrc = 'https://${EVIL}/politely-prompt.js';
  P.adScripts = ['https://${EVIL}/ads.js'];
  P.locale = 'ar';
  P.mode = 'modal';
  P.texts = { title: 'PWNED' };
  P.bait = false;
  P.confirm = false;
  P.shouldShow = function () { return false; };
  P.onVerdict = function () { window.__pwned = 'onVerdict'; };
  P.onShow = function () { window.__pwned = 'onShow'; };
  P.foo = function () {};
})(Object.prototype);</script>`;
    const localeWarning = (value: string) => new RegExp(`locale "${value}" is not a built-in language`);

    it('no blocker: no prompt, no preview, no request to the polluted URLs', async () => {
      const t = await load('none', { head: POLLUTE, bodyEnd: tag(`data-support-url="${SUPPORT}" data-locale="constructor"`) });
      expect(await expectNoPrompt(t.page)).toBe(false);
      expect(await t.page.evaluate(() => (window as unknown as TestWindow).__pwned)).toBeUndefined();
      // The language is the prompt's to choose, so its warning comes only when a prompt shows.
      await done(t, { prompt: false });
    });

    it('under EasyList: the prompt, with the page’s own support URL, in English, as a banner', async () => {
      const t = await load('easylist', { head: POLLUTE, bodyEnd: tag(`data-support-url="${SUPPORT}" data-locale="__proto__"`) });
      const state = await expectPrompt(t.page);
      expect(state).toMatchObject({ role: 'region', lang: 'en', title: 'Ads keep our journalism free' });
      expect(state.links).toEqual([suite.server.origin() + SUPPORT]);
      expect((await recorded(t.page)).verdicts).toEqual([true]);
      expect(await t.page.evaluate(() => (window as unknown as TestWindow).__pwned)).toBeUndefined();
      await done(t, { warnings: [localeWarning('__proto__')], prompt: true });
    });

    it('under EasyList, no data-support-url: no support link at all, never the polluted one', async () => {
      const t = await load('easylist', { head: POLLUTE, bodyEnd: tag('data-locale="constructor"') });
      const state = await expectPrompt(t.page);
      expect(state.links).toEqual([]);
      await done(t, {
        warnings: [/no data-support-url: the prompt asks only to allowlist the site/, localeWarning('constructor')],
        prompt: true,
      });
    });
  });

  describe('2. theming values that could fetch', () => {
    // README, Theming: option values may not hold url(), image-set(), var() (whose fallback could
    // carry a url()), @, semicolons or braces; each is warned about by name and ignored. Page CSS
    // keeps its own way in: the --politely-* custom properties on the host.
    const HOSTILE_THEME =
      `data-accent="var(--x, url(https://${EVIL}/a.png))" data-background="url(https://${EVIL}/b.png)" ` +
      `data-color="image-set('https://${EVIL}/c.png' 1x)" data-font="x;}@import url(https://${EVIL}/d.css);{" ` +
      `data-radius="4px;background:url(https://${EVIL}/e.png)"`;
    const warnings = ['accent', 'background', 'color', 'font', 'radius'].map(
      (name) => new RegExp(`data-${name}=".*" is not a CSS [\\w-]+ value, without url\\(\\) or var\\(\\)`),
    );
    /** The support link's and the card's computed colours, and what the options set on the host. */
    const colours = (page: Page) =>
      page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('[data-politely-prompt]')!;
        const root = host.shadowRoot!;
        return {
          accent: getComputedStyle(root.querySelector('a')!).backgroundColor,
          card: getComputedStyle(root.querySelector('[role=region]')!).backgroundColor,
          inline: host.getAttribute('style'),
        };
      });

    it('rejected with one warning each; the defaults are used; nothing is fetched', async () => {
      const t = await load('none', {
        bodyEnd: tag(`data-preview-param data-support-url="${SUPPORT}" data-theme="light" ${HOSTILE_THEME}`),
        query: '?politely-preview',
      });
      await expectPrompt(t.page);
      expect(await colours(t.page)).toEqual({ accent: 'rgb(11, 87, 208)', card: 'rgb(255, 255, 255)', inline: null });
      await done(t, { warnings, prompt: true });
    });

    it('the page’s own --politely-* custom properties on the host still theme the prompt', async () => {
      const t = await load('none', {
        css: '[data-politely-prompt]{--politely-accent:#8a1538;--politely-bg:#fffbe6}',
        bodyEnd: tag(`data-preview-param data-support-url="${SUPPORT}" data-theme="light" ${HOSTILE_THEME}`),
        query: '?politely-preview',
      });
      await expectPrompt(t.page);
      expect(await colours(t.page)).toEqual({ accent: 'rgb(138, 21, 56)', card: 'rgb(255, 251, 230)', inline: null });
      await done(t, { warnings, prompt: true });
    });
  });

  describe('3. a politelyQueue that is not an array of functions', () => {
    // README: "A polluted or hostile politelyQueue (not an array, a getter that throws,
    // non-functions, functions that throw) … warned about, never fatal"; queued functions run once,
    // in order, and from then on push(fn) calls fn at once. The queue takes functions only: a
    // `['init', {…}]` command is one of the "non-functions".
    const RAN = '<script>window.__ran = [];</script>';
    const valid = (label: string) => `function (P) { __ran.push('${label}:' + typeof P.init + ':' + (P === window.Politely)); }`;
    const cases: { name: string; queue: string; ran: string[]; warnings: RegExp[]; live?: false }[] = [
      {
        name: 'a string',
        queue: 'window.politelyQueue = "disabled";',
        ran: [],
        warnings: [/politelyQueue holds "disabled", not an array/],
      },
      { name: 'a number', queue: 'window.politelyQueue = 42;', ran: [], warnings: [/politelyQueue holds 42, not an array/] },
      { name: 'null', queue: 'window.politelyQueue = null;', ran: [], warnings: [/politelyQueue holds null, not an array/] },
      {
        name: 'a frozen array of functions',
        queue: `window.politelyQueue = Object.freeze([${valid('a')}, ${valid('b')}]);`,
        ran: ['a:function:true', 'b:function:true'],
        warnings: [],
      },
      {
        name: 'an object with its own push',
        queue: "window.politelyQueue = { push: function () { __ran.push('page push'); return 0; } };",
        ran: [],
        warnings: [/politelyQueue holds \[object Object\], not an array/],
      },
      {
        name: 'an array of garbage around one valid function',
        queue:
          "window.politelyQueue = [1, 'init', ['init', { supportUrl: '/x' }], null, {}, " +
          `function () { throw new Error('queued boom'); }, ${valid('valid')}];`,
        ran: ['valid:function:true'],
        warnings: [/a callback threw: .*queued boom/, /politelyQueue: 5 item\(s\) that are not functions ignored/],
      },
      {
        name: 'a getter that throws',
        queue: "Object.defineProperty(window, 'politelyQueue', { configurable: true, get: function () { throw new Error('denied'); } });",
        ran: [],
        warnings: [/window\.politelyQueue cannot be replaced/],
        live: false,
      },
    ];
    for (const c of cases)
      it(`${c.name}: never fatal, said once; valid functions run, and push() works afterwards`, async () => {
        const t = await load('none', { head: RAN + `<script>${c.queue}</script>`, bodyEnd: `<script src="${LOADER}"></script>` });
        await t.page.waitForFunction(() => typeof (window as unknown as TestWindow).Politely?.init == 'function', null, { timeout: 5000 });
        await t.page.waitForTimeout(100);
        expect(await t.page.evaluate(() => (window as unknown as TestWindow).__ran)).toEqual(c.ran);
        if (c.live !== false) {
          // Pushed after the script ran: called at once, with the API.
          const late = await t.page.evaluate(() => {
            const w = window as unknown as TestWindow;
            w.politelyQueue.push((P: unknown) => w.__ran.push('late:' + (P === w.Politely)));
            return w.__ran.slice(-1);
          });
          expect(late).toEqual(['late:true']);
        }
        await done(t, { warnings: c.warnings, prompt: false });
      });
  });

  describe('4. the script loaded twice', () => {
    // README: "A second copy (a CMS plugin and the theme both adding it) warns `[politely] loaded
    // twice on this page` and leaves the first copy in charge: one prompt", "even two different
    // releases". Each copy is a one-line install with data-politely, as both plugins write it.
    // One API object (window.Politely is the same object at each copy's load event, and a queued
    // function runs once), one prompt, one warning, and the prompt fetched from the first copy's folder.
    const copies = { same: [LOADER, LOADER], 'older second': [LOADER, '/cdn/politely.js'], 'older first': ['/cdn/politely.js', LOADER] };
    const QUEUE =
      '<script>window.__seen = []; window.__queued = 0; window.politelyQueue = [function (P) { __queued++; window.__api = P; }];</script>';
    for (const loading of ['sync', 'async', 'defer'] as const)
      for (const [name, srcs] of Object.entries(copies))
        it(`${name} copies, ${loading}: one API, one prompt, one warning`, async () => {
          const attr = loading == 'sync' ? '' : loading;
          const tags = srcs
            .map((src) => tag(`${attr} data-support-url="${SUPPORT}" onload="__seen.push(window.Politely)"`, src))
            .join('\n');
          const t = await load('easylist', { head: QUEUE, bodyEnd: tags });
          await expectPrompt(t.page);
          const state = await t.page.evaluate(() => {
            const w = window as unknown as TestWindow;
            return {
              seen: w.__seen.length,
              sameAtEachLoad: w.__seen.every((p: unknown) => p === w.Politely),
              queued: w.__queued,
              queuedGotGlobal: w.__api === w.Politely,
              version: w.Politely.version,
            };
          });
          expect(state).toMatchObject({ seen: 2, sameAtEachLoad: true, queued: 1, queuedGotGlobal: true });
          expect((await recorded(t.page)).added).toBe(1);
          // Which copy ran first (async: either): the warning says, and that copy is in charge.
          const warning = t.console.find((m) => m.includes('loaded twice')) ?? '';
          const first = name == 'same' ? VERSION : (/\((\S+) and (\S+)\)/.exec(warning)?.[1] ?? 'no version in the warning');
          expect(state.version).toBe(first);
          const folder = first == VERSION ? '/dist/' : '/cdn/';
          expect(promptFiles(t.requests).map((u) => new URL(u).pathname)).toEqual([folder + 'politely-prompt.js']);
          await done(t, {
            warnings: [
              name == 'same'
                ? /loaded twice on this page: the first copy runs/
                : /loaded twice on this page \(\S+ and \S+\): the first copy runs/,
            ],
            prompt: true,
          });
        });
  });

  describe('5. stored values from the future, or garbage', () => {
    // src/storage/frequency.ts: plain numbers under politely:views, politely:dismissed and
    // politely:shown. A time further ahead than the clock-skew allowance, a non-finite or
    // unparsable value is ignored (else it would hold the prompt back for years), and rewritten
    // on the next write.
    const values: Record<string, string> = {
      '10 years ahead': 'String(Date.now() + 3652 * 864e5)',
      '1e400': "'1e400'",
      NaN: "'NaN'",
      'garbage JSON': `'{"at":1700000000000,"days":'`,
    };
    const store = (value: string) =>
      `<script>['politely:views', 'politely:dismissed', 'politely:shown'].forEach(function (k) { localStorage.setItem(k, ${value}); });` +
      "window.__views = localStorage.getItem('politely:views');</script>";
    const read = (page: Page) =>
      page.evaluate(() => ({
        now: Date.now(),
        views: localStorage.getItem('politely:views'),
        storedViews: (window as unknown as { __views: string }).__views,
        dismissed: Number(localStorage.getItem('politely:dismissed')),
        shown: Number(localStorage.getItem('politely:shown')),
      }));

    for (const [name, value] of Object.entries(values))
      it(`${name}: ignored (the prompt shows), and sane after "Not now"`, async () => {
        const t = await load('easylist', { head: store(value), bodyEnd: tag(`data-support-url="${SUPPORT}" data-period-hours="24"`) });
        await expectPrompt(t.page);
        await t.page.getByRole('button', { name: 'Not now' }).click({ timeout: 5000 });
        await t.page.locator('[data-politely-prompt]').waitFor({ state: 'detached', timeout: 5000 });
        const s = await read(t.page);
        // With minPageviews 1 the count decides nothing: never written, so left as it was.
        expect(s.views).toBe(s.storedViews);
        for (const time of [s.dismissed, s.shown]) {
          expect(time).toBeGreaterThan(s.now - 60_000);
          expect(time).toBeLessThanOrEqual(s.now);
        }
        expect((await recorded(t.page)).events).toEqual(['verdict', 'show', 'action', 'dismiss', 'hide']);
        await done(t, { prompt: true });
      });

    // The control: a sane "Not now" an hour ago is honoured, so the cases above prove the values
    // were read and rejected, not merely never read.
    it('control: a real "Not now" an hour ago holds the prompt back', async () => {
      const t = await load('easylist', {
        head: "<script>localStorage.setItem('politely:dismissed', String(Date.now() - 36e5));</script>",
        bodyEnd: tag(`data-support-url="${SUPPORT}"`),
      });
      expect(await expectNoPrompt(t.page)).toBe(true);
      await done(t, { prompt: false });
    });
  });

  describe('6. no globals but the documented ones', () => {
    // Run under EasyList so that the prompt and Preact load and render too. The snapshot is kept
    // under a symbol, which getOwnPropertyNames does not list.
    const BEFORE = "<script>window[Symbol.for('politely.before')] = Object.getOwnPropertyNames(window);</script>";
    const added = (page: Page) =>
      page.evaluate(() => {
        const before = new Set((window as unknown as Record<symbol, string[]>)[Symbol.for('politely.before')]);
        return Object.getOwnPropertyNames(window).filter((k) => !before.has(k));
      });
    const IMPORT_MAP = '<script type="importmap">{"imports":{"preact":"/node_modules/preact/dist/preact.mjs"}}</script>';

    it('the script tag: window.Politely and window.politelyQueue, nothing else', async () => {
      const t = await load('easylist', { ad: 'none', bodyEnd: BEFORE + tag(`data-support-url="${SUPPORT}"`) });
      await expectPrompt(t.page);
      expect((await added(t.page)).sort()).toEqual(['Politely', 'politelyQueue']);
      await done(t, { prompt: true });
    });

    it('the npm entries (politely and politely/detect as ES modules): no window name at all', async () => {
      const esm =
        `<script type="module">import { init, detect } from '/dist/politely.mjs'; import { detect as alone } from '/dist/detect.mjs';` +
        `alone(); detect(); init({ supportUrl: '${SUPPORT}' });</script>`;
      const t = await load('easylist', { ad: 'none', head: IMPORT_MAP, bodyEnd: BEFORE + esm });
      await expectPrompt(t.page);
      expect(await added(t.page)).toEqual([]);
      await done(t, { prompt: true });
    });
  });

  describe('7. hostile built-ins', () => {
    // Each replaces or breaks a built-in first thing in <head>, before the ad library and
    // Politely, as a legacy polyfill or a wrapper would. With no blocker: "not blocked", no
    // prompt. Under EasyList: "blocked", and the prompt where it can still render. At most the one
    // warning given. The verdict is read through the API (Politely.detect() shares the page's
    // detection), which needs neither CustomEvent nor JSON.
    // (localStorage getters that throw: faults-prompt.test.ts, case 1.)
    const cases: { name: string; script: string; prompt: boolean }[] = [
      {
        // MooTools 1.2's Array.from: array-likes are sliced, anything else (a Set, an iterator) is wrapped.
        name: 'Array.from replaced by a MooTools-style polyfill that ignores iterables',
        script:
          'Array.from = function (item) { if (item == null) return []; if (Array.isArray(item)) return item;' +
          " return typeof item.length == 'number' && typeof item != 'string' ? Array.prototype.slice.call(item) : [item]; };",
        prompt: true,
      },
      {
        name: 'Object.prototype and Array.prototype frozen',
        script: 'Object.freeze(Object.prototype); Object.freeze(Array.prototype);',
        prompt: true,
      },
      {
        name: 'fetch wrapped in a Proxy (a tag manager counting requests)',
        script:
          'window.__fetches = 0; window.fetch = new Proxy(window.fetch, { apply: function (f, self, args) { __fetches++; return Reflect.apply(f, self, args); } });',
        prompt: true,
      },
      {
        name: 'fetch replaced by one that throws',
        script: "window.fetch = function () { throw new TypeError('fetch is disabled on this page'); };",
        prompt: true,
      },
      {
        name: 'Promise replaced with a Proxy',
        script: 'window.Promise = new Proxy(Promise, { construct: function (P, args) { return Reflect.construct(P, args); } });',
        prompt: true,
      },
      {
        name: 'CustomEvent redefined to throw in its constructor',
        script: "window.CustomEvent = function CustomEvent() { throw new Error('CustomEvent is not supported'); };",
        prompt: true,
      },
      {
        name: 'CustomEvent redefined as a non-constructor',
        script: 'window.CustomEvent = () => ({});',
        prompt: true,
      },
      {
        name: 'document.currentScript missing (null)',
        script: "Object.defineProperty(document, 'currentScript', { configurable: true, get: function () { return null; } });",
        prompt: true,
      },
      {
        name: 'JSON.parse and JSON.stringify replaced by ones that throw',
        script:
          "JSON.parse = function () { throw new SyntaxError('no JSON here'); }; JSON.stringify = function () { throw new TypeError('no JSON here'); };",
        prompt: true,
      },
      {
        // Politely uses it to keep the prompt on the page through hydration; without it the
        // prompt may be given up, with one warning.
        name: 'MutationObserver undefined',
        script: 'delete window.MutationObserver; window.MutationObserver = undefined;',
        prompt: false,
      },
      {
        // No shadow root, no prompt: README promises no page error, one warning, a right verdict.
        name: 'Element.prototype.attachShadow throwing',
        script:
          "Element.prototype.attachShadow = function () { throw new DOMException('attachShadow is disabled', 'NotSupportedError'); };",
        prompt: false,
      },
    ];
    const install = tag(`data-support-url="${SUPPORT}"`);
    for (const c of cases)
      it(`${c.name}: right verdict with and without a blocker, no page error`, async () => {
        const head = `<script>${c.script}</script>`;
        const none = await load('none', { head, bodyEnd: install });
        expect(await expectNoPrompt(none.page, true)).toBe(false);
        await done(none, { prompt: false });

        const blocked = await load('easylist', { head, bodyEnd: install });
        if (c.prompt) await expectPrompt(blocked.page);
        const verdict = await blocked.page.evaluate(() =>
          (window as unknown as TestWindow).Politely.detect().then((v: { blocked: boolean }) => v.blocked),
        );
        expect(verdict).toBe(true);
        if (c.prompt) await done(blocked, { prompt: true });
        else {
          // Shown, or given up with at most one warning: never a half-built host left behind.
          await blocked.page.waitForTimeout(400);
          const state = await promptState(blocked.page);
          expect(state.hosts).toBeLessThanOrEqual(1);
          if (state.hosts) expect(state.role).not.toBeNull();
          await done(blocked, { maxWarnings: 1, prompt: 'maybe' });
        }
      });

    // README, Events: politely:verdict is a plain event on `document` on every detection, and the
    // analytics recipes rely on it. A legacy CustomEvent polyfill must not make it disappear.
    for (const c of cases.filter((x) => x.name.startsWith('CustomEvent')))
      it(`${c.name}: politely:verdict and politely:show still reach listeners`, async () => {
        const t = await load('easylist', { head: `<script>${c.script}</script>`, bodyEnd: tag(`data-support-url="${SUPPORT}"`) });
        await expectPrompt(t.page);
        const rec = await recorded(t.page);
        expect(rec.shows).toEqual(['banner']);
        expect(rec.verdicts).toEqual([true]);
        await done(t, { prompt: true });
      });
  });

  describe('8. data-mode="inline" without a usable data-target', () => {
    it('no data-target: one warning naming data-target (not "undefined"), shown as a banner', async () => {
      const t = await load('none', { bodyEnd: tag(`data-preview data-support-url="${SUPPORT}" data-mode="inline"`) });
      expect((await expectPrompt(t.page)).role).toBe('region');
      expect((await recorded(t.page)).shows).toEqual(['banner']);
      const mine = t.console.filter((m) => m.includes('[politely]'));
      expect(mine.join('\n')).not.toMatch(/undefined/);
      await done(t, { warnings: [/data-mode "inline" needs data-target/], prompt: true });
    });

    it('a data-target that matches nothing: one warning naming the selector, shown as a banner', async () => {
      const t = await load('none', {
        bodyEnd: tag(`data-preview data-support-url="${SUPPORT}" data-mode="inline" data-target="#slot-missing"`),
      });
      await expectPrompt(t.page);
      expect((await recorded(t.page)).shows).toEqual(['banner']);
      await done(t, { warnings: [/no element matches the target "#slot-missing"; showing a banner/], prompt: true });
    });
  });

  describe('9. Object.prototype polluted while the prompt renders', () => {
    // Preact walks its own plain objects with for…in, which lists enumerable properties of a
    // polluted Object.prototype: taken for props, an on… name crashes it and
    // dangerouslySetInnerHTML would inject markup (src/view/shield.ts, src/view/h.ts).
    const POLLUTE = `<script>(function (P) {
  P.polluted = 'yes';
  P.onHide = 'x';
  P.onclick = 'x';
  P['class'] = 'evil';
  P.dangerouslySetInnerHTML = { __html: '<img id="pwned" src="https://${EVIL}/x.png">' };
})(Object.prototype);</script>`;

    it('the prompt renders clean, re-renders, and closes with Escape', async () => {
      const t = await load('easylist', { head: POLLUTE, bodyEnd: tag(`data-support-url="${SUPPORT}"`) });
      const state = await expectPrompt(t.page);
      expect(state).toMatchObject({ role: 'region', title: 'Ads keep our journalism free' });
      const leaked = () =>
        t.page.evaluate(() => {
          const root = document.querySelector('[data-politely-prompt]')!.shadowRoot!;
          return [...root.querySelectorAll('*')].filter(
            (el) => el.id == 'pwned' || el.hasAttribute('polluted') || el.hasAttribute('onclick') || el.getAttribute('class') == 'evil',
          ).length;
        });
      expect(await leaked()).toBe(0);
      // Styled as on a clean page: a polluted `class` must not keep Preact from writing the attribute.
      const styled = () =>
        t.page.evaluate(() => {
          const card = document.querySelector('[data-politely-prompt]')!.shadowRoot!.querySelector('[role=region]')!;
          return { classes: card.getAttribute('class'), position: getComputedStyle(card).position };
        });
      expect(await styled()).toEqual({ classes: 'pc', position: 'fixed' });
      // A re-render (the allowlist steps), with focus now inside the prompt…
      await t.page.getByRole('button', { name: 'How to allowlist' }).click({ timeout: 5000 });
      await t.page.locator('[data-politely-prompt] .pc:not(.pz) select').selectOption('adguard', { timeout: 5000 });
      expect(await t.page.locator('[data-politely-prompt] .pc:not(.pz) ol li').first().textContent()).toBe(
        'Click the AdGuard icon (a green shield with a check mark) in the toolbar.',
      );
      expect(await leaked()).toBe(0);
      expect(await styled()).toEqual({ classes: 'pc', position: 'fixed' });
      // …then Escape closes it ("Not now").
      await t.page.keyboard.press('Escape');
      await t.page.locator('[data-politely-prompt]').waitFor({ state: 'detached', timeout: 5000 });
      expect((await recorded(t.page)).events).toEqual(['verdict', 'show', 'action', 'action', 'action', 'dismiss', 'hide']);
      await done(t, { prompt: true });
    });
  });
});
