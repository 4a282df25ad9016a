// The confirming requests, in every engine the tests run (Chromium, Firefox ESR, WebKit):
//
// 1. None on an ordinary page view. With no blocker, on pages whose ad libraries load and run,
//    written every way publishers write their tags — async and classic, with and without
//    `crossorigin`, a `type="module"` / `nomodule` pair, injected by a tag manager or released
//    by a consent tool while the page loads — the server sees no request to the confirming host
//    (tpc.googlesyndication.com) and none to /robots.txt, on every load. (Resource Timing reports
//    status 0 for a cross-origin script fetched without CORS even when it arrived; detection must
//    not read that as a failure: docs/how-detection-works.md.)
// 2. A library that ran outranks a failed request. With no blocker and every confirming host
//    unreachable (the server resets every connection to it, as a filter at work or a captive
//    portal does), on a page where AdSense and GPT run and a first-party ad script 404s (so the
//    confirmation is asked) and a `probeUrl` is set: both requests fail, and the verdict is
//    "not blocked" on every load.
// 3. Page code in the way. A service worker controls the page and fails the confirming request
//    (as a broken offline-first worker does) on a page whose only ad script 404s: the failure is
//    no evidence, so "not blocked", with `network` inconclusive. On `localhost` (a secure context
//    without certificates; no blocker is involved here).
//
// Loads run one at a time, so the server's log tells exactly which requests a load made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as PlaywrightBrowser } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';
import {
  LOADER_SRC,
  VERDICT_RECORDER,
  adsenseSlot,
  adsenseUrl,
  articleHtml,
  gptCommands,
  gptSlot,
  gptUrl,
  launchChromium,
  launchFirefox,
  launchWebKit,
  openPage,
  startServer,
  type RecordedVerdict,
  type TestServer,
  type WebKit,
} from './harness';

const LOADS = 3;
const SETTLE_MS = 800;
const CONFIRM_HOST = 'tpc.googlesyndication.com';
const PROBE_HOST = 'adclick.g.doubleclick.net';
/**
 * A first-party ad script that fails for a reason that is not a blocker (a 404), once detection
 * listens: a failure in <head> before Politely runs has no `error` event left to see, and a
 * script without `crossorigin` no Resource Timing status to read.
 */
const FAILING_AD_SCRIPT = '/ads/header-bidding.js?delay=300&status=404';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Politely as a publisher installs it; bot skipping off, since Firefox and WebKit report `navigator.webdriver`. */
const tag = (extra = '') =>
  `<script src="${LOADER_SRC}" data-politely data-skip-bots="false" data-support-url="/support"${extra}></script>`;

/** A script tag for `src`: `async` or classic, with or without `crossorigin`. */
const scriptTag = (src: string, { async = true, cors = true } = {}) =>
  `<script ${async ? 'async ' : ''}src="${src}"${cors ? ' crossorigin="anonymous"' : ''}></script>`;

/** JavaScript that inserts an ad script the way tag managers do (async, no `crossorigin`). */
const inject = (src: string) =>
  `var s=document.createElement('script');s.async=true;s.src=${JSON.stringify(src)};document.head.appendChild(s);`;

interface Variant {
  id: string;
  html(): string;
}

/** The article with the recorder, the ads as `head` writes them, and Politely at the end of <body>. */
const article = (head: string, slot: string, bodyEnd = '') =>
  articleHtml(server, {
    ad: 'none',
    head: VERDICT_RECORDER + head,
    slot: `<aside class="slot-wrap">${slot}</aside>`,
    bodyEnd: bodyEnd + tag(),
  });

/** Every way the tags are written: the ads load and run on each, so no confirming request may go out. */
const ORDINARY: Variant[] = [
  { id: 'adsense-async-crossorigin', html: () => article(scriptTag(adsenseUrl(server)), adsenseSlot()) },
  { id: 'adsense-async-classic', html: () => article(scriptTag(adsenseUrl(server), { cors: false }), adsenseSlot()) },
  { id: 'adsense-sync-classic', html: () => article(scriptTag(adsenseUrl(server), { async: false, cors: false }), adsenseSlot()) },
  { id: 'gpt-async-crossorigin', html: () => article(scriptTag(gptUrl(server)) + gptCommands(), gptSlot()) },
  { id: 'gpt-async-classic', html: () => article(scriptTag(gptUrl(server), { cors: false }) + gptCommands(), gptSlot()) },
  { id: 'gpt-sync-classic', html: () => article(scriptTag(gptUrl(server), { async: false, cors: false }) + gptCommands(), gptSlot()) },
  {
    id: 'both-classic',
    html: () =>
      article(
        scriptTag(adsenseUrl(server), { cors: false }) + scriptTag(gptUrl(server), { cors: false }) + gptCommands(),
        adsenseSlot() + gptSlot(),
      ),
  },
  {
    // A modern bundle (a module) loads the ads; the legacy bundle's copy of the tag is `nomodule`,
    // which a browser that runs modules never fetches.
    id: 'module-nomodule-pair',
    html: () => {
      const loader = server.page('/js/ads-modern.mjs', inject(adsenseUrl(server)), { 'content-type': 'text/javascript' });
      return article(
        `<script type="module" src="${new URL(loader).pathname}"></script><script nomodule async src="${adsenseUrl(server, { legacy: 1 })}"></script>`,
        adsenseSlot(),
      );
    },
  },
  {
    // A tag manager injects both libraries shortly after DOMContentLoaded, while detection runs.
    id: 'tag-manager-injects-late',
    html: () =>
      article(
        gptCommands(),
        adsenseSlot() + gptSlot(),
        `<script>document.addEventListener('DOMContentLoaded',function(){setTimeout(function(){${inject(adsenseUrl(server))}${inject(gptUrl(server))}},150)});</script>`,
      ),
  },
  {
    // A consent tool (returning reader) turns its held-back `text/plain` ad scripts into real ones.
    id: 'consent-tool-releases',
    html: () =>
      article(
        `<script type="text/plain" data-consent="ads" async src="${adsenseUrl(server)}"></script>`,
        adsenseSlot(),
        "<script>setTimeout(function(){var o=document.querySelector('script[data-consent]'),s=document.createElement('script');s.async=true;s.src=o.src;o.replaceWith(s)},100);</script>",
      ),
  },
];

/**
 * AdSense and GPT run; a first-party ad script 404s, so the confirmation is asked; a probeUrl is
 * set. With the confirming hosts unreachable, both requests fail.
 */
const unreachablePage = () =>
  article(
    scriptTag(adsenseUrl(server), { cors: false }) +
      scriptTag(gptUrl(server)) +
      gptCommands() +
      `<script async src="${FAILING_AD_SCRIPT}"></script>`,
    adsenseSlot() + gptSlot(),
  ).replace(tag(), tag(` data-ad-scripts="/ads/header-bidding.js" data-probe-url="http://${PROBE_HOST}/probe.gif"`));

/** The service worker: takes over at once, and fails every request to the confirming host. */
const SERVICE_WORKER =
  "self.addEventListener('install',function(){self.skipWaiting()});" +
  "self.addEventListener('activate',function(e){e.waitUntil(self.clients.claim())});" +
  `self.addEventListener('fetch',function(e){if(e.request.url.indexOf('${CONFIRM_HOST}')>=0)e.respondWith(Response.error())});`;

/** A page whose only ad script (first-party) 404s, under the service worker. */
const serviceWorkerPage = () =>
  articleHtml(server, {
    ad: 'none',
    slot: '',
    head:
      VERDICT_RECORDER +
      "<script>navigator.serviceWorker.register('/sw.js')</script><script async src=\"" +
      FAILING_AD_SCRIPT +
      '"></script>',
    bodyEnd: tag(' data-ad-scripts="/ads/header-bidding.js"'),
  });

/** What a load showed: the page's first verdict, whether a service worker controlled it, and the confirming requests the server saw. */
interface Seen {
  verdict: RecordedVerdict;
  controlled: boolean;
  confirmRequests: string[];
}

/** One engine: loads a URL in a fresh page, returns the first verdict once the page settled. */
interface Engine {
  name: string;
  launch(): Promise<void>;
  /** `warm`: load the URL once first in the same page (a returning reader: the service worker installed). */
  load(url: string, warm?: boolean): Promise<{ verdict: RecordedVerdict; controlled: boolean; errors: string[] }>;
  close(): Promise<void>;
}

const RECORDED = () => {
  const w = window as unknown as { __verdicts: RecordedVerdict[] };
  return w.__verdicts && w.__verdicts.length > 0 ? { verdict: w.__verdicts[0], controlled: !!navigator.serviceWorker?.controller } : null;
};

function chromium(): Engine {
  let browser: PlaywrightBrowser;
  return {
    name: 'Chromium',
    launch: async () => void (browser = await launchChromium()),
    async load(url, warm) {
      const t = await openPage(browser, 'none');
      try {
        if (warm) {
          await t.page.goto(url);
          await t.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        }
        await t.page.goto(url, { waitUntil: 'domcontentloaded' });
        const seen = await (await t.page.waitForFunction(RECORDED, null, { timeout: 10_000, polling: 50 })).jsonValue();
        await t.page.waitForTimeout(SETTLE_MS);
        return { ...seen!, errors: t.errors.map((e) => e.message) };
      } finally {
        await t.context.close();
      }
    },
    close: async () => void (await browser?.close()),
  };
}

function firefox(): Engine {
  let browser: PuppeteerBrowser;
  return {
    name: 'Firefox ESR',
    launch: async () => void (browser = await launchFirefox()),
    async load(url, warm) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      try {
        if (warm) {
          await page.goto(url);
          await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        }
        await page.goto(url);
        const seen = await (await page.waitForFunction(RECORDED, { timeout: 10_000, polling: 50 })).jsonValue();
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        return { ...seen!, errors };
      } finally {
        await context.close();
      }
    },
    close: async () => void (await browser?.close()),
  };
}

function webkit(): Engine {
  let rig: WebKit;
  return {
    name: 'WebKit',
    launch: async () => void (rig = await launchWebKit()),
    async load(url, warm) {
      const page = await rig.newPage();
      try {
        if (warm) {
          await page.goto(url);
          await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        }
        await page.goto(url);
        const seen = await page.waitForFunction(RECORDED, { timeout: 10_000 });
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        return { ...seen, errors: await page.errors().catch(() => []) };
      } finally {
        await page.close();
      }
    },
    close: async () => void (await rig?.close()),
  };
}

/** Loads a page and reports the confirming requests the server saw during the load. */
async function load(engine: Engine, url: string, warm = false): Promise<Seen> {
  const from = server.log.length;
  const { verdict, controlled, errors } = await engine.load(url, warm);
  expect(errors, `${engine.name}: page errors`).toEqual([]);
  const confirmRequests = server.log
    .slice(from)
    .filter((r) => r.host == CONFIRM_HOST || r.host == PROBE_HOST || r.url.startsWith('/robots.txt'))
    .map((r) => `${r.method} ${r.host}${r.url}`);
  return { verdict, controlled, confirmRequests };
}

/** Per engine, what the tests saw, for the log at the end. */
const report: string[] = [];

describe.each([
  { name: 'Chromium', make: chromium },
  { name: 'Firefox ESR', make: firefox },
  { name: 'WebKit', make: webkit },
])('$name', ({ make }) => {
  const engine = make();
  beforeAll(() => engine.launch(), 60_000);
  afterAll(() => engine.close());

  it.each(ORDINARY)(
    `$id: ads load and run, no blocker: "not blocked" and no confirming request, on each of ${LOADS} loads`,
    async ({ id, html }) => {
      const url = server.page(`/confirm/${id}.html`, html());
      const made: string[] = [];
      for (let i = 1; i <= LOADS; i++) {
        const seen = await load(engine, url);
        const where = `${engine.name}, ${id}, load ${i}: ${JSON.stringify(seen.verdict.signals)}`;
        expect(seen.verdict.blocked, where).toBe(false);
        expect(seen.confirmRequests, where).toEqual([]);
        made.push(...seen.confirmRequests);
      }
      report.push(`${engine.name} ${id}: ${made.length} confirming requests over ${LOADS} loads`);
    },
    120_000,
  );

  it(`every confirming host unreachable, AdSense and GPT run: "not blocked" on each of ${LOADS} loads`, async () => {
    const url = server.page('/confirm/unreachable.html', unreachablePage());
    server.unreachable.add(CONFIRM_HOST).add(PROBE_HOST);
    try {
      for (let i = 1; i <= LOADS; i++) {
        const seen = await load(engine, url);
        const where = `${engine.name}, load ${i}: ${JSON.stringify(seen.verdict.signals)}`;
        // The rule was exercised: the confirmation and the probe were asked, and both failed.
        expect(
          seen.confirmRequests.some((r) => r.includes(PROBE_HOST)),
          where,
        ).toBe(true);
        expect(seen.verdict.signals.probe, where).toBe('blocked');
        expect(seen.verdict.signals.adStack, where).toBe('blocked');
        expect(seen.verdict.signals.network, where).toBe('blocked');
        expect(seen.verdict.blocked, where).toBe(false);
        report.push(`${engine.name} unreachable, load ${i}: blocked ${seen.verdict.blocked}, ${JSON.stringify(seen.verdict.signals)}`);
      }
    } finally {
      server.unreachable.clear();
    }
  }, 120_000);

  it('a service worker that fails the confirming request: page code in the way, "not blocked"', async () => {
    server.page('/sw.js', SERVICE_WORKER, { 'content-type': 'text/javascript', 'service-worker-allowed': '/' });
    const url = server.page('/confirm/service-worker.html', serviceWorkerPage()).replace(/\/\/[^/:]+/, '//localhost');
    for (let i = 1; i <= LOADS; i++) {
      const seen = await load(engine, url, true);
      const where = `${engine.name}, load ${i}: ${JSON.stringify(seen.verdict.signals)}`;
      expect(seen.controlled, where).toBe(true);
      expect(seen.verdict.signals.adStack, where).toBe('blocked');
      expect(seen.verdict.signals.network, where).toBe('inconclusive');
      expect(seen.verdict.blocked, where).toBe(false);
      report.push(`${engine.name} service worker, load ${i}: blocked ${seen.verdict.blocked}, ${JSON.stringify(seen.verdict.signals)}`);
    }
  }, 120_000);
});

afterAll(() => console.log(`[politely] confirming requests:\n  ${report.join('\n  ')}`));
