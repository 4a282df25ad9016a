// What Resource Timing reports, per engine, for the requests detection looks at: the facts the
// README and docs/how-detection-works.md state, measured here so that they stay true. Chromium
// (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (MiniBrowser
// under WebDriver) each load a page of the site that makes the requests below one at a time and
// reads `performance.getEntriesByName(url)` for each: whether there is an entry, `responseStatus`
// (or that the property does not exist), `transferSize`, `duration`, `workerStart`. Every fact
// is asserted (FACTS), so the test fails the day an engine changes; the table is printed.
//
// The failures are real: the server resets the connection (`?reset=1`), and the blocked requests
// are refused by each engine's blocker from EasyList's network filters — Ghostery's Playwright
// integration in Chromium (`net::ERR_BLOCKED_BY_CLIENT`, as an extension's), puppeteer's request
// interception in Firefox (the request is failed, as an extension's `cancel`), the harness's
// proxy in WebKit (the connection is reset; Safari content blockers leave no request at all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as PwBrowser } from 'playwright-core';
import type { Browser as PptrBrowser } from 'puppeteer-core';
import { Request } from '@ghostery/adblocker-playwright';
import {
  ADSENSE_CLIENT,
  AD_HOST,
  GPT_HOST,
  easyListEngine,
  launchChromium,
  launchFirefox,
  launchWebKit,
  openPage,
  startServer,
  type TestServer,
  type WebKit,
} from './harness';

type Engine = 'chromium' | 'firefox' | 'webkit';
const ENGINES: Engine[] = ['chromium', 'firefox', 'webkit'];

/** One request the page makes. */
interface Case {
  name: string;
  kind: 'script' | 'fetch';
  url: string;
  crossorigin?: boolean;
  /** Made under the engine's blocker (EasyList's network filters); otherwise with none. */
  blocked?: boolean;
}

/** What the page saw of one request. */
interface Fact {
  /** `load`/`error` for a script, `resolved`/`rejected` for fetch(). */
  outcome: string;
  /** How many entries `getEntriesByName(url)` returned. */
  entries: number;
  /** The first entry's `responseStatus`; `'absent'` when the engine has no such property. */
  responseStatus?: number | 'absent';
  transferSize?: number;
  /** Whether the first entry's `duration` is more than 0 (its value is printed). */
  timed?: boolean;
  workerStart?: number;
  initiatorType?: string;
  /** The duration, rounded (printed, not asserted). */
  ms?: number;
}

const CASES = (server: TestServer): Case[] => {
  const ad = `${server.origin(GPT_HOST)}/rt`;
  return [
    { name: 'script, cross-origin, loads', kind: 'script', url: `${ad}/script-ok.js` },
    { name: 'script, cross-origin, crossorigin=anonymous, loads', kind: 'script', url: `${ad}/script-cors-ok.js`, crossorigin: true },
    { name: 'script, cross-origin, connection reset', kind: 'script', url: `${ad}/script-reset.js?reset=1` },
    {
      name: 'script, crossorigin=anonymous, connection reset',
      kind: 'script',
      url: `${ad}/script-cors-reset.js?reset=1`,
      crossorigin: true,
    },
    {
      name: 'script, crossorigin=anonymous, blocked (adsbygoogle.js)',
      kind: 'script',
      url: `${server.origin(AD_HOST)}/pagead/js/adsbygoogle.js?client=${ADSENSE_CLIENT}&rt=1`,
      crossorigin: true,
      blocked: true,
    },
    { name: 'fetch(no-cors), cross-origin, answered', kind: 'fetch', url: `${ad}/fetch-ok` },
    { name: 'fetch(no-cors), cross-origin, connection reset', kind: 'fetch', url: `${ad}/fetch-reset?reset=1` },
    {
      name: 'fetch(no-cors), blocked (tpc.googlesyndication.com)',
      kind: 'fetch',
      url: `${server.origin('tpc.googlesyndication.com')}/sodar/sodar2.js?rt=1`,
      blocked: true,
    },
  ];
};

/** Runs in the page: makes each request in turn and reads its Resource Timing entries. */
function measure(cases: Case[]): Promise<Fact[]> {
  const settle = () => new Promise((r) => setTimeout(r, 300));
  return cases.reduce(
    (done: Promise<Fact[]>, c) =>
      done.then(async (facts) => {
        const outcome =
          c.kind == 'script'
            ? await new Promise<string>((resolve) => {
                const s = document.createElement('script');
                if (c.crossorigin) s.crossOrigin = 'anonymous';
                s.onload = () => resolve('load');
                s.onerror = () => resolve('error');
                setTimeout(() => resolve('no event in 8 s'), 8000);
                s.src = c.url;
                document.head.appendChild(s);
              })
            : await fetch(c.url, { mode: 'no-cors', cache: 'no-store' }).then(
                () => 'resolved',
                () => 'rejected',
              );
        await settle();
        const all = performance.getEntriesByName(c.url) as PerformanceResourceTiming[];
        const e = all[0];
        const fact: Fact = { outcome, entries: all.length };
        if (e) {
          fact.responseStatus = 'responseStatus' in e ? (e as { responseStatus: number }).responseStatus : 'absent';
          fact.transferSize = e.transferSize;
          fact.timed = e.duration > 0;
          fact.workerStart = e.workerStart;
          fact.initiatorType = e.initiatorType;
          fact.ms = Math.round(e.duration);
        }
        return [...facts, fact];
      }),
    Promise.resolve([]),
  );
}

/** What the engine supports that detection uses, and what it calls itself. */
function features() {
  return {
    userAgent: navigator.userAgent,
    checkVisibility: typeof Element.prototype.checkVisibility == 'function',
    resizeObserver: typeof ResizeObserver == 'function',
    responseStatus: 'responseStatus' in PerformanceResourceTiming.prototype,
  };
}
type Features = ReturnType<typeof features>;

/** What each engine supports (the user agent as a pattern: Chromium's is the harness's reader agent). */
const FEATURES: Record<Engine, Omit<Features, 'userAgent'> & { userAgent: RegExp }> = {
  chromium: { userAgent: / Chrome\/\d+/, checkVisibility: true, resizeObserver: true, responseStatus: true },
  firefox: { userAgent: / Firefox\/\d+/, checkVisibility: true, resizeObserver: true, responseStatus: true },
  // MiniBrowser's own user agent: Safari's tokens, "Version/60.5" (not a Safari release), no "Mobile".
  webkit: {
    userAgent: /AppleWebKit\/605\.1\.15 .*Safari\/605\.1\.15$/,
    checkVisibility: true,
    resizeObserver: true,
    responseStatus: false,
  },
};

/** An entry: cross-origin without Timing-Allow-Origin, so `transferSize` 0 and no worker. */
const entry = (outcome: string, initiatorType: string, responseStatus: number | 'absent'): Omit<Fact, 'ms'> => ({
  outcome,
  entries: 1,
  responseStatus,
  transferSize: 0,
  timed: true,
  workerStart: 0,
  initiatorType,
});
/** No entry at all: Resource Timing does not report the request. */
const none = (outcome: string): Omit<Fact, 'ms'> => ({ outcome, entries: 0 });

/**
 * The facts, per engine and case (in CASES order). A blocked request's `duration` is the rig's
 * blocker's latency (a round trip to Node in Chromium, none in Firefox), so it is printed but
 * not asserted.
 */
const FACTS: Record<Engine, Omit<Fact, 'ms'>[]> = {
  // Every request has an entry, failed and blocked ones too, with responseStatus 0 unless the
  // response was CORS-readable (crossorigin + Access-Control-Allow-Origin: 200).
  chromium: [
    entry('load', 'script', 0),
    entry('load', 'script', 200),
    entry('error', 'script', 0),
    entry('error', 'script', 0),
    entry('error', 'script', 0),
    entry('resolved', 'fetch', 0),
    entry('rejected', 'fetch', 0),
    entry('rejected', 'fetch', 0),
  ],
  // The same as Chromium.
  firefox: [
    entry('load', 'script', 0),
    entry('load', 'script', 200),
    entry('error', 'script', 0),
    entry('error', 'script', 0),
    entry('error', 'script', 0),
    entry('resolved', 'fetch', 0),
    entry('rejected', 'fetch', 0),
    entry('rejected', 'fetch', 0),
  ],
  // No responseStatus property, and no entry for a request that failed: reset or blocked, a
  // script or fetch(), WebKit reports nothing.
  webkit: [
    entry('load', 'script', 'absent'),
    entry('load', 'script', 'absent'),
    none('error'),
    none('error'),
    none('error'),
    entry('resolved', 'fetch', 'absent'),
    none('rejected'),
    none('rejected'),
  ],
};

/** A measured fact as asserted: without the printed duration, and without `timed` for a blocked request. */
const asserted = (cases: Case[], facts: Fact[]) =>
  facts.map(({ ms: _ms, timed, ...f }, i) => (cases[i].blocked || timed === undefined ? f : { ...f, timed }));
const expected = (cases: Case[], engine: Engine) =>
  FACTS[engine].map(({ timed, ...f }, i) => (cases[i].blocked || timed === undefined ? f : { ...f, timed }));

const measured: Partial<Record<Engine, { facts: Fact[]; features: Features }>> = {};
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
  const cases = CASES(server);
  const cell = (f?: Fact) =>
    !f
      ? '—'
      : `${f.outcome}; ${f.entries ? `entry (${f.initiatorType}) status ${f.responseStatus} size ${f.transferSize} ${f.ms} ms worker ${f.workerStart}` : 'no entry'}`;
  const rows = cases.map((c, i) => `| ${c.name} | ${ENGINES.map((e) => cell(measured[e]?.facts[i])).join(' | ')} |`);
  const feat = (k: keyof Features) => `| ${k} | ${ENGINES.map((e) => String(measured[e]?.features[k] ?? '—')).join(' | ')} |`;
  console.log(
    [
      '[politely] Resource Timing per engine',
      `| request | ${ENGINES.join(' | ')} |`,
      `|---|${ENGINES.map(() => '---|').join('')}`,
      ...rows,
      ...(['userAgent', 'checkVisibility', 'resizeObserver', 'responseStatus'] as const).map(feat),
    ].join('\n'),
  );
});

const blocks = (url: string, sourceUrl: string, type: 'script' | 'xmlhttprequest') =>
  easyListEngine().match(Request.fromRawDetails({ url, sourceUrl, type })).match;

/** Loads the page once with no blocker and once under the engine's blocker, and measures. */
async function run(engine: Engine, load: (blocked: boolean, url: string, cases: Case[]) => Promise<{ facts: Fact[]; features: Features }>) {
  const cases = CASES(server);
  for (const c of cases.filter((c) => c.blocked))
    expect(blocks(c.url, server.origin(), c.kind == 'script' ? 'script' : 'xmlhttprequest'), `EasyList blocks ${c.url}`).toBe(true);
  const url = server.page(
    `/rt-${engine}.html`,
    '<!doctype html><html><head><meta charset="utf-8"><title>Resource Timing</title></head><body><p>Resource Timing</p></body></html>',
  );
  const free = await load(
    false,
    url,
    cases.filter((c) => !c.blocked),
  );
  const blocked = await load(
    true,
    url,
    cases.filter((c) => c.blocked),
  );
  const facts = cases.map((c) => (c.blocked ? blocked.facts.shift()! : free.facts.shift()!));
  measured[engine] = { facts, features: free.features };
  const { userAgent, ...rest } = FEATURES[engine];
  expect(free.features).toEqual({ ...rest, userAgent: expect.stringMatching(userAgent) });
  return { facts, features: free.features };
}

describe('Resource Timing, per engine', () => {
  it('Chromium', async () => {
    const browser: PwBrowser = await launchChromium();
    try {
      const { facts } = await run('chromium', async (blocked, url, cases) => {
        const t = await openPage(browser, blocked ? 'network' : 'none');
        try {
          await t.page.goto(url);
          return { facts: await t.page.evaluate(measure, cases), features: await t.page.evaluate(features) };
        } finally {
          await t.context.close();
        }
      });
      expect(asserted(CASES(server), facts)).toEqual(expected(CASES(server), 'chromium'));
    } finally {
      await browser.close();
    }
  });

  it('Firefox ESR', async () => {
    const browser: PptrBrowser = await launchFirefox();
    try {
      const { facts } = await run('firefox', async (blocked, url, cases) => {
        const page = await browser.newPage();
        try {
          if (blocked) {
            // An extension's blocker, played by request interception: EasyList decides, the request fails.
            await page.setRequestInterception(true);
            // (WebDriver BiDi gives no resource type: EasyList blocks these hosts whatever the type.)
            page.on('request', (r) => {
              if (r.isNavigationRequest() || !blocks(r.url(), url, /\.js(\?|$)/.test(r.url()) ? 'script' : 'xmlhttprequest'))
                void r.continue();
              else void r.abort('blockedbyclient');
            });
          }
          await page.goto(url);
          return { facts: await page.evaluate(measure, cases), features: await page.evaluate(features) };
        } finally {
          await page.close();
        }
      });
      expect(asserted(CASES(server), facts)).toEqual(expected(CASES(server), 'firefox'));
    } finally {
      await browser.close();
    }
  });

  it('WebKit (WebKitGTK MiniBrowser)', async () => {
    const webkit: WebKit = await launchWebKit();
    try {
      const { facts } = await run('webkit', async (blocked, url, cases) => {
        const page = await webkit.newPage({ condition: blocked ? 'network' : 'none' });
        try {
          await page.goto(url);
          return { facts: await page.evaluate(measure, cases), features: await page.evaluate(features) };
        } finally {
          await page.close();
        }
      });
      expect(asserted(CASES(server), facts)).toEqual(expected(CASES(server), 'webkit'));
    } finally {
      await webkit.close();
    }
  });
});
