// Safari's engine: WebKitGTK's MiniBrowser under WebKitWebDriver (harness/webkit.ts), each page's
// traffic through its own blocking proxy with Ghostery's engine and the real EasyList
// (harness/proxy.ts). Every browser on an iPhone is WebKit.
//
// 1. The false-positive catalog with no blocker: every page of FP_PAGES, LOADS_NONE loads each —
//    never "blocked", no prompt, no page error. A page's Playwright `setup(page)` is replayed
//    on WebKit by a small stand-in page (`portSetup`): viewport → the window's size, dark colour
//    scheme → a MiniBrowser in `--dark-mode`, `once('load')` + `click` → a WebDriver click after
//    the load, `route` → the proxy's `intercept` (an abort is a reset connection),
//    `exposeFunction` → a POST the proxy answers, `context().setOffline(true)` → the proxy refuses
//    every request from then on (the network went away; unlike Playwright's offline mode,
//    `navigator.onLine` stays true, the harder case). What cannot be replayed is listed in
//    NOT_IN_WEBKIT with the reason, and a test keeps that list exact.
// 2. Detection under network blocking (requests refused by the proxy from EasyList's network
//    filters) on the AdSense and the GPT article: "blocked".
// 3. Under cosmetic filtering (EasyList's hiding rules as a stylesheet first in <head>, as Safari
//    content blockers apply them from the page's start): "blocked".
// 4. The prompt by keyboard (preview): Tab reaches its controls, Enter on "Not now" and Escape
//    close it, focus comes back; axe-core (WCAG 2.1 A/AA) finds nothing, banner and modal.
//    Written against roles and accessible names, not the prompt's classes. WebKitGTK 2.50 gives
//    Shift+Tab the key "Unidentified" (GTK's ISO_Left_Tab has no key value there; code "Tab",
//    keyCode 9, shiftKey true), as it does with a real keyboard: a focus trap that reads only
//    `key == 'Tab'` lets Shift+Tab out of the modal, and the modal test says so.
//
// Politely skips automated browsers by default and navigator.webdriver is true under WebDriver
// (WebKit has no switch to hide it), so every page here installs Politely with
// data-skip-bots="false" (`skipBotsOff`), and each load checks that every Politely tag has it.
// WEBKIT_CONCURRENCY (default 3) sets how many MiniBrowsers load pages at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { Request } from '@ghostery/adblocker-playwright';
import {
  AD_HOSTS,
  LOADER_SRC,
  VERDICT_RECORDER,
  articleHtml,
  easyListEngine,
  launchWebKit,
  skipBotsOff,
  skipBotsOffHtml,
  useBrowser,
  type ProxyCondition,
  type RecordedVerdict,
  type WebKitPage,
} from './harness';
import { FP_PAGES, type FpPage } from './pages/false-positives';

const LOADS_NONE = 3;
const LOADS_BLOCKED = 5;
const VERDICT_TIMEOUT = 10_000;
const CONCURRENCY = Number(process.env.WEBKIT_CONCURRENCY) || 3;
const VIEWPORT = { width: 1280, height: 800 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Catalog pages WebKit cannot run here, and why. Never a page dropped silently: the first test
 * below fails if this list names a page that is gone or that WebKit could run after all.
 */
const NOT_IN_WEBKIT: Record<string, string> = {
  'print-styles':
    'needs print media throughout the load (Playwright emulateMedia({ media: "print" })); WebDriver has no media emulation and MiniBrowser no switch for it',
  'print-styles-no-ads': 'needs print media throughout the load, as print-styles; WebKit under WebDriver cannot emulate it',
};

const suite = useBrowser(launchWebKit);

// ---------------------------------------------------------------------------------------------
// A pool of MiniBrowsers (WebKitWebDriver holds one session each), and one in dark mode.
// ---------------------------------------------------------------------------------------------
const idle: WebKitPage[] = [];
const waiting: ((p: WebKitPage) => void)[] = [];
let started = 0;
const all: WebKitPage[] = [];
async function withPage<T>(fn: (page: WebKitPage) => Promise<T>, dark = false): Promise<T> {
  let page: WebKitPage;
  if (dark) page = await suite.browser.newPage({ dark: true });
  else if (idle.length) page = idle.pop()!;
  else if (started < CONCURRENCY) {
    started++;
    page = await suite.browser.newPage();
    all.push(page);
  } else page = await new Promise<WebKitPage>((r) => waiting.push(r));
  try {
    return await fn(page);
  } finally {
    if (dark) await page.close();
    else {
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// What the page recorded
// ---------------------------------------------------------------------------------------------
type Recorded = {
  verdicts: { blocked: boolean; signals: unknown }[];
  shows: unknown[];
  frameVerdicts: { frame: string; verdict: { blocked: boolean } }[];
  frameShows: unknown[];
  /** Politely script tags without data-skip-bots="false" (they would skip this browser). */
  botSkipping: number;
  /** Prompts in the document and its same-origin frames. */
  prompts: number;
  onLine: boolean;
};
const record = (page: WebKitPage) =>
  page.evaluate((): Recorded => {
    const w = window as unknown as Record<string, unknown[]>;
    let prompts = 0;
    const docs: Document[] = [document];
    for (let i = 0; i < frames.length; i++)
      try {
        docs.push(frames[i].document);
      } catch {}
    for (const d of docs) prompts += d.querySelectorAll('[data-politely-prompt]').length;
    return {
      verdicts: w.__verdicts as Recorded['verdicts'],
      shows: w.__shows,
      frameVerdicts: w.__frameVerdicts as Recorded['frameVerdicts'],
      frameShows: w.__frameShows,
      botSkipping: document.querySelectorAll('script[data-politely]:not([data-skip-bots="false"])').length,
      prompts,
      onLine: navigator.onLine,
    };
  });

const firstVerdict = (page: WebKitPage) =>
  page.waitForFunction(() => (window as unknown as { __verdicts?: RecordedVerdict[] }).__verdicts?.[0], { timeout: VERDICT_TIMEOUT });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Replaying a catalog page's Playwright setup on WebKit
// ---------------------------------------------------------------------------------------------
interface Ported {
  viewport?: { width: number; height: number };
  dark: boolean;
  print: boolean;
  afterLoad: (() => void)[];
}

/**
 * A stand-in for the Playwright page a catalog `setup(page)` expects, doing the same on a WebKit
 * page (or, without one, only recording what the setup asks for). Anything else throws.
 */
function portSetup(target: WebKitPage | undefined, ported: Ported): Page {
  const unsupported = (what: string): never => {
    throw new Error(`setup uses ${what}, which the WebKit port does not replay: port it or list the page in NOT_IN_WEBKIT`);
  };
  const stand: Record<string, unknown> = {
    setViewportSize: async (v: { width: number; height: number }) => void (ported.viewport = v),
    emulateMedia: async (m: { media?: string | null; colorScheme?: string | null; [k: string]: unknown }) => {
      for (const k of Object.keys(m)) if (k !== 'media' && k !== 'colorScheme') unsupported(`emulateMedia({ ${k} })`);
      if (m.media === 'print') ported.print = true;
      else if (m.media) unsupported(`emulateMedia({ media: ${m.media} })`);
      if (m.colorScheme === 'dark') ported.dark = true;
      else if (m.colorScheme && m.colorScheme !== 'light') unsupported(`emulateMedia({ colorScheme: ${m.colorScheme} })`);
    },
    exposeFunction: async (name: string, fn: () => unknown) => target?.exposeFunction(name, fn),
    route: async (matcher: unknown, handler: (route: unknown) => unknown) => {
      if (typeof matcher !== 'function') unsupported('route() with a glob or RegExp');
      if (!target) return;
      target.proxy.state.intercept = (url) =>
        new Promise((resolve) => {
          if (!(matcher as (u: URL) => boolean)(new URL(url))) return resolve('continue');
          const go = async () => resolve('continue');
          void handler({ request: () => ({ url: () => url }), abort: async () => resolve('abort'), fallback: go, continue: go });
        });
    },
    once: (event: string, fn: () => void) => (event === 'load' ? ported.afterLoad.push(fn) : unsupported(`page.once('${event}')`)),
    click: (selector: string) => target!.click(selector),
    context: () => ({ setOffline: async (offline: boolean) => void (target!.proxy.state.offline = offline) }),
  };
  return new Proxy(stand, {
    get: (t, k) => (typeof k === 'string' && !(k in t) ? unsupported(`page.${k}`) : t[k as string]),
  }) as unknown as Page;
}

/** What a page's setup asks for, without running anything. */
async function needs(fp: FpPage): Promise<Ported> {
  const ported: Ported = { dark: false, print: false, afterLoad: [] };
  await fp.setup?.(portSetup(undefined, ported));
  return ported;
}

// ---------------------------------------------------------------------------------------------
// 1. False positives
// ---------------------------------------------------------------------------------------------
interface Load {
  blocked?: boolean;
  problems: string[];
}
const results: { fp: FpPage; loads: Load[]; ms: number }[] = [];

/** One load of a catalog page with no blocker, judged as false-positives.test.ts judges it. */
async function loadFp(fp: FpPage, page: WebKitPage, n: number): Promise<Load> {
  const problems: string[] = [];
  const result: Load = { problems };
  const ported: Ported = { dark: false, print: false, afterLoad: [] };
  try {
    await fp.setup?.(portSetup(page, ported));
    if (ported.viewport) await page.setViewportSize(ported.viewport);
    const server = suite.server;
    const url = server.page(`/fp-webkit/${fp.id}.html`, skipBotsOffHtml(fp.html(skipBotsOff(server))), fp.headers);
    await page.goto(url);
    // `goto` returns after the load event (see harness/webkit.ts): what setup hooked on it runs now.
    for (const fn of ported.afterLoad) fn();
    let first;
    try {
      first = await firstVerdict(page);
    } catch (e) {
      const rec = await record(page).catch(() => undefined);
      problems.push(
        `load ${n}: no politely:verdict within ${VERDICT_TIMEOUT / 1000} s after the load event (${String(e).split('\n')[0]}; ` +
          `bot-skipping tags: ${rec?.botSkipping}, errors: ${JSON.stringify(await page.errors().catch(String))})`,
      );
      return result;
    }
    result.blocked = first.blocked;
    await sleep(fp.settleMs ?? 500);
    const rec = await record(page);
    if (rec.botSkipping) problems.push(`load ${n}: ${rec.botSkipping} Politely tag(s) without data-skip-bots="false"`);
    if (!rec.onLine) problems.push(`load ${n}: navigator.onLine is false (GIO_USE_NETWORK_MONITOR=base not honoured?)`);
    const accused = [
      ...rec.verdicts.filter((v) => v.blocked).map((v) => `verdict ${JSON.stringify(v.signals)}`),
      ...rec.frameVerdicts.filter((f) => f.verdict.blocked).map((f) => `verdict in frame ${f.frame}`),
    ];
    if (accused.length) problems.push(`load ${n}: "blocked": ${accused.join('; ')}`);
    if (rec.shows.length || rec.frameShows.length)
      problems.push(`load ${n}: politely:show recorded ${rec.shows.length + rec.frameShows.length} time(s)`);
    if (rec.prompts) problems.push(`load ${n}: ${rec.prompts} [data-politely-prompt] element(s)`);
    const errors = await page.errors();
    if (errors.length) problems.push(`load ${n}: page error(s): ${errors.join(' | ')}`);
  } finally {
    await page.reset();
    if (ported.viewport) await page.setViewportSize(VIEWPORT);
  }
  return result;
}

describe(`WebKit: the false-positive catalog, ${LOADS_NONE} loads of each page without a blocker`, () => {
  it('the pages WebKit cannot run are listed, each with its reason, and no other page is left out', async () => {
    const ids = new Set(FP_PAGES.map((p) => p.id));
    for (const id of Object.keys(NOT_IN_WEBKIT)) expect(ids.has(id), `NOT_IN_WEBKIT names ${id}, which is not in FP_PAGES`).toBe(true);
    const unportable: string[] = [];
    for (const fp of FP_PAGES) if ((await needs(fp)).print) unportable.push(fp.id);
    expect(unportable.sort()).toEqual(Object.keys(NOT_IN_WEBKIT).sort());
  });

  for (const fp of FP_PAGES.filter((p) => !(p.id in NOT_IN_WEBKIT)))
    it.concurrent(
      `${fp.klass} / ${fp.id}: never "blocked", no prompt, no page error`,
      async ({ expect }) => {
        const { dark } = await needs(fp);
        const t0 = performance.now();
        const loads = await withPage(async (page) => {
          const done: Load[] = [];
          for (let i = 1; i <= LOADS_NONE; i++) done.push(await loadFp(fp, page, i));
          return done;
        }, dark);
        results.push({ fp, loads, ms: performance.now() - t0 });
        expect(
          loads.flatMap((l) => l.problems),
          fp.description,
        ).toEqual([]);
      },
      300_000,
    );
});

// ---------------------------------------------------------------------------------------------
// 2 and 3. Detection under a blocker
// ---------------------------------------------------------------------------------------------
/** Politely's one-line install, as WebKit pages need it (data-skip-bots="false"). */
const TAG = `<script src="${LOADER_SRC}" data-politely data-skip-bots="false" data-support-url="/support"></script>`;
const verdicts: Record<string, RecordedVerdict[]> = {};

async function blockedLoads(condition: ProxyCondition, ad: 'adsense' | 'gpt') {
  return withPage(async (page) => {
    const html = articleHtml(suite.server, { ad, head: VERDICT_RECORDER, bodyEnd: TAG });
    const url = suite.server.page(`/webkit-${condition}-${ad}.html`, html);
    const problems: string[] = [];
    for (let i = 1; i <= LOADS_BLOCKED; i++) {
      try {
        page.proxy.state.condition = condition;
        await page.goto(url);
        const v = await firstVerdict(page);
        (verdicts[`${condition} ${ad}`] ??= []).push(v);
        if (!v.blocked) problems.push(`load ${i}: not blocked: ${JSON.stringify(v.signals)}${v.reason ? ` (${v.reason})` : ''}`);
        const errors = await page.errors();
        if (errors.length) problems.push(`load ${i}: page error(s): ${errors.join(' | ')}`);
        if (condition === 'cosmetic') {
          const first = await page.evaluate(() => document.head.firstElementChild?.hasAttribute('data-blocker-style'));
          if (!first) problems.push(`load ${i}: the blocker's stylesheet is not the first thing in <head>`);
        }
      } finally {
        await page.reset();
      }
    }
    return { problems, refused: page.proxy.refused.slice() };
  });
}

describe('WebKit: detection under a blocker', () => {
  it("the proxy's request types cannot change what EasyList blocks on the ad hosts", () => {
    // WebKit sends no Fetch Metadata over http, so the proxy infers a request's type (proxy.ts):
    // EasyList blocks every ad host the tests use whatever the type, and the site under none.
    const site = 'http://www.politely-gazette.com:8080/article.html';
    const types = ['script', 'xmlhttprequest', 'sub_frame', 'image', 'stylesheet', 'other'] as const;
    const blocked = (url: string) =>
      types.map((type) => easyListEngine().match(Request.fromRawDetails({ url, sourceUrl: site, type })).match);
    for (const host of AD_HOSTS) expect(blocked(`http://${host}/any/path.js`), host).toEqual(types.map(() => true));
    expect(blocked('http://www.politely-gazette.com:8080/robots.txt')).toEqual(types.map(() => false));
  });

  for (const ad of ['adsense', 'gpt'] as const) {
    it(`network (EasyList's network filters refuse the requests): the ${ad} article is "blocked" on each of ${LOADS_BLOCKED} loads`, async () => {
      const { problems, refused } = await blockedLoads('network', ad);
      expect(problems).toEqual([]);
      expect(refused.some((r) => r.startsWith('blocked script'))).toBe(true);
    });
    it(`cosmetic (EasyList's hiding rules first in <head>): the ${ad} article is "blocked" on each of ${LOADS_BLOCKED} loads`, async () => {
      const { problems } = await blockedLoads('cosmetic', ad);
      expect(problems).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. The prompt by keyboard, and axe-core
// ---------------------------------------------------------------------------------------------
/**
 * Where focus is, by role and accessible name (through open shadow roots): `button:Not now`,
 * `link:Support us`, `dialog`, or `page:<id or tag>` outside the prompt.
 */
const focused = (page: WebKitPage) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    let inside = false;
    while (a?.shadowRoot?.activeElement) {
      a = a.shadowRoot.activeElement;
      inside = true;
    }
    if (!a || !inside) return 'page:' + (a?.id || a?.tagName);
    const role = a.getAttribute('role') || (a.tagName == 'BUTTON' ? 'button' : a.tagName == 'A' ? 'link' : a.tagName.toLowerCase());
    return role + (role == 'button' || role == 'link' ? ':' + (a.getAttribute('aria-label') || a.textContent || '').trim() : '');
  });

/** The prompt's landmark (`region` or `dialog`) in an open shadow root: its role and name, or null. */
const prompt = (page: WebKitPage) =>
  page.evaluate(() => {
    for (const el of document.querySelectorAll('body *')) {
      // The modal is a native <dialog> (its role is implicit); the others are regions.
      const box = el.shadowRoot?.querySelector('[role=region],[role=dialog],dialog');
      if (!box) continue;
      const label = box.getAttribute('aria-labelledby');
      const name = box.getAttribute('aria-label') || (label && el.shadowRoot!.getElementById(label)?.textContent) || '';
      return { role: box.getAttribute('role') || box.tagName.toLowerCase(), name };
    }
    return null;
  });

/** Records Politely's events, and the last keydown as the page saw it (key, shiftKey, code, keyCode). */
const EVENTS =
  "<script>window.__politely=[];['show','hide','dismiss','action'].forEach(function(n){document.addEventListener('politely:'+n,function(){window.__politely.push(n)})});" +
  "addEventListener('keydown',function(e){window.__key='key '+JSON.stringify(e.key)+(e.shiftKey?' with shiftKey':'')+', code '+JSON.stringify(e.code)+', keyCode '+e.keyCode},true);</script>";
const lastKey = (page: WebKitPage) => page.evaluate(() => (window as unknown as { __key?: string }).__key);

async function openPrompt(page: WebKitPage, mode: 'banner' | 'modal', id: string) {
  // The reader is on a page control (autofocus) when the prompt opens a second later.
  const bodyEnd =
    '<button id="before" autofocus>Share</button>' +
    `<script src="${LOADER_SRC}" data-politely data-preview data-mode="${mode}" data-delay="1000" data-skip-bots="false" data-support-url="/support"></script>`;
  await page.goto(suite.server.page(`/webkit-kb-${id}.html`, articleHtml(suite.server, { head: EVENTS, bodyEnd })));
  for (let t = Date.now(); !(await prompt(page)); await sleep(50))
    if (Date.now() - t > 10_000) throw new Error(`no prompt (${mode}) within 10 s`);
}

/** Waits until the prompt's landmark is gone. */
async function gone(page: WebKitPage) {
  for (let t = Date.now(); await prompt(page); await sleep(50))
    if (Date.now() - t > 5000) throw new Error('the prompt is still there after 5 s');
}

const events = (page: WebKitPage) => page.evaluate(() => (window as unknown as { __politely: string[] }).__politely);

/** axe-core's WCAG 2.1 A and AA rules, run on the element whose shadow root holds the prompt. */
async function axe(page: WebKitPage) {
  return page.evaluate(async (src: string) => {
    (0, eval)(src);
    const host = [...document.querySelectorAll('body *')].find((el) => el.shadowRoot?.querySelector('[role=region],[role=dialog],dialog'));
    if (!host) return ['no prompt'];
    // The prompt fades in: contrast is judged on the colours it ends with.
    await Promise.all([...document.getAnimations(), ...host.shadowRoot!.getAnimations()].map((a) => a.finished.catch(() => {})));
    type Axe = { run(ctx: Element, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    const r = await (window as unknown as { axe: Axe }).axe.run(host, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((x) => `${x.id}: ${JSON.stringify(x.nodes.map((n) => n.target))}`);
  }, AXE);
}

/** `aria-expanded` of the focused control in the prompt. */
const expanded = (page: WebKitPage) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.getAttribute('aria-expanded');
  });

describe('WebKit: the prompt by keyboard alone, and axe-core', () => {
  let page: WebKitPage;
  beforeAll(async () => {
    page = await suite.browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('banner: a region that never steals focus; Tab reaches its controls; Enter on "Not now" closes it; focus comes back', async () => {
    try {
      await openPrompt(page, 'banner', 'banner');
      expect(await prompt(page)).toMatchObject({ role: 'region' });
      expect(await focused(page)).toBe('page:before');
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f.startsWith('page:')) break;
        seen.push(f);
      }
      expect(seen).toContain('link:Support us');
      expect(seen).toContain('button:Not now');
      for (let i = 0; i < 8 && (await focused(page)) != 'button:Not now'; i++) await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('button:Not now');
      await page.keyboard.press('Enter');
      await gone(page);
      expect((await events(page)).slice(-2)).toEqual(['dismiss', 'hide']);
      expect(await focused(page)).toBe('page:before');
      expect(await page.errors()).toEqual([]);
    } finally {
      await page.reset();
    }
  });

  it('modal: a dialog that takes focus; Tab and Shift+Tab stay inside; Escape closes it; focus comes back', async () => {
    try {
      await openPrompt(page, 'modal', 'modal');
      expect(await prompt(page)).toMatchObject({ role: 'dialog' });
      expect(await focused(page)).toBe('dialog');
      const seen = new Set<string>();
      for (let i = 0; i < 12; i++) {
        const keys = i < 6 ? 'Tab' : 'Shift+Tab';
        await page.keyboard.press(keys);
        const f = await focused(page);
        // Soft: the rest (Escape, focus back) is still checked when the trap leaks.
        expect.soft(f, `after ${keys} ${i + 1}, focus left the dialog (the keydown said ${await lastKey(page)})`).not.toMatch(/^page:/);
        seen.add(f);
      }
      expect(seen).toContain('link:Support us');
      expect(seen).toContain('button:Not now');
      await page.keyboard.press('Escape');
      await gone(page);
      expect(await focused(page)).toBe('page:before');
      expect((await events(page)).slice(-2)).toEqual(['dismiss', 'hide']);
      expect(await page.errors()).toEqual([]);
    } finally {
      await page.reset();
    }
  });

  for (const mode of ['banner', 'modal'] as const)
    it(`${mode}: axe-core finds no WCAG 2.1 A/AA violation, allowlist help open`, async () => {
      try {
        await openPrompt(page, mode, `axe-${mode}`);
        // Open the help by keyboard: focus its button, Enter.
        for (let i = 0; i < 10 && (await focused(page)) != 'button:How to allowlist'; i++) await page.keyboard.press('Tab');
        expect(await focused(page)).toBe('button:How to allowlist');
        await page.keyboard.press('Enter');
        expect(await expanded(page)).toBe('true');
        expect(await axe(page)).toEqual([]);
      } finally {
        await page.reset();
      }
    });
});

afterAll(async () => {
  await Promise.all(all.map((p) => p.close()));
  const loads = results.flatMap((r) => r.loads);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(
    `[politely] WebKit: ${results.length} catalog pages, ${loads.length} loads without a blocker, ${loads.filter((l) => l.blocked).length} "blocked", ` +
      `${loads.filter((l) => l.blocked === undefined).length} without a verdict; not run: ${Object.keys(NOT_IN_WEBKIT).join(', ')}\n  ` +
      `slowest: ${slowest.map((r) => `${r.fp.id} ${(r.ms / 1000).toFixed(1)} s`).join(', ')}\n  ` +
      Object.entries(verdicts)
        .map(([k, vs]) => `${k}: ${vs.filter((v) => v.blocked).length}/${vs.length} blocked, signals ${JSON.stringify(vs[0]?.signals)}`)
        .join('\n  '),
  );
});
