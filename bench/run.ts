// `npm run bench`: Politely and the ad-block detectors people use today, side by side, in real
// Chromium, on the browser tests' article page, under the browser tests' blocking conditions
// (Ghostery's engine with the real EasyList; the uBlock Origin-like and Brave-like conditions add
// uBO's own stand-in scripts), plus every page of the false-positive suite with no blocker; then
// the same on the heavy article (tests/browser/pages/heavy.ts: Bootstrap's real stylesheet, ~4,000
// elements, a site script changing the DOM while it loads), where, with no blocker, it also
// measures what the whole page pays: rounds of interleaved loads, each round one load without any
// library and one with each library, in a shuffled (seeded) order (see docs/benchmark.md).
// A benchmark, not a test: it measures and writes bench/results/latest.md (+ latest.json), and
// the same text into the `bench` sections of README.md and docs/benchmark.md (a unit test checks
// that they agree).
//
//   npm run bench                          # 10 loads per library and condition; heavy page: 3, and 20 rounds
//   npm run bench -- --loads 25 --fp-loads 2 --heavy-loads 10 --rounds 30
//   npx tsx bench/run.ts --report-only     # rebuild latest.md from latest.json
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  BLOCKING,
  CONDITIONS,
  STAND_IN_CONDITIONS,
  articleHtml,
  launchChromium,
  median,
  openPage,
  startServer,
  type Condition,
  type TestServer,
} from '../tests/browser/harness/index';
import { FP_PAGES, POLITELY_TAG, type FpPage } from '../tests/browser/pages/false-positives';
import { heavyArticleHtml } from '../tests/browser/pages/heavy';
import { replaceSection } from '../scripts/readme-parts';
import { ANSWERED, LIBRARIES, PROMPT_TIMER, REPORTER, VISIBLE, adblockDetectorBundle, type Library } from './libraries';
import { TRACE_CATEGORIES, analyseLoad, callSite, documentWide, inFiles, traceEvents, type CallSite, type Recalc } from './trace';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  const n = i > 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};
const LOADS = arg('--loads', 10);
const FP_LOADS = arg('--fp-loads', 1);
/** Heavy page: loads per library and blocking condition (verdicts, own time, callbacks). */
const HEAVY_LOADS = arg('--heavy-loads', 3);
/** Heavy page, no blocker: interleaved rounds (one load without a library, one with each); by default `--loads`, at least 20. */
const ROUNDS = arg('--rounds', Math.max(20, LOADS));
/** The whole-page window: from navigation start, this long (ms). */
const WINDOW_MS = 2500;
/** A detector that has not answered this long after the page loaded never will. */
const CAP_MS = 5000;
const ALL: Condition[] = [...CONDITIONS, ...STAND_IN_CONDITIONS];
const blocking = (c: Condition) => BLOCKING.includes(c) || STAND_IN_CONDITIONS.includes(c);

interface Load {
  answered: boolean;
  blocked: boolean;
  /** From DOMContentLoaded to the answer, page milliseconds (negative: before DOMContentLoaded). */
  ms: number;
  mainThreadMs: number;
  /** Evaluating the library's file(s) (NaN for a module). */
  evalMs?: number;
  /** Main-thread tasks in which the library's code ran after its file was evaluated. */
  callbacks?: number;
}
/** A heavy-page load with no blocker, traced for WINDOW_MS from navigation start. */
interface PageLoad extends Load {
  busyMs: number;
  styleMs: number;
  /** The document's elements at the window's end. */
  elements: number;
  /** The document-wide recalculations: when, how many elements, and the script that forced each. */
  wide: { at: number; elements: number; ms: number; forcedBy?: string }[];
}
interface Results {
  loads: number;
  fpLoads: number;
  fpPages: number;
  chromium: string;
  date: string;
  results: Record<string, Record<string, Load[]>>;
  falsePositives: Record<string, { blocked: number; answered: number; pages: string[] }>;
  promptVisibleMs: number[];
  heavy: {
    loads: number;
    roundCount: number;
    windowMs: number;
    /** Per library, per blocking condition; `none` is the library's loads of the rounds. */
    results: Record<string, Record<string, Load[]>>;
    /** The rounds' loads without any library, in round order. */
    baseline: PageLoad[];
    /** Per library, its loads of the rounds, in round order (the same index is the same round). */
    rounds: Record<string, PageLoad[]>;
  };
}

async function main() {
  if (process.argv.includes('--report-only')) {
    const last = JSON.parse(readFileSync(resolve(ROOT, 'bench/results/latest.json'), 'utf8')) as Results;
    last.date ??= statSync(resolve(ROOT, 'bench/results/latest.json')).mtime.toISOString().slice(0, 10);
    const table = report(last);
    publish(table);
    return console.log(table);
  }
  const [browser, server] = await Promise.all([launchChromium(), startServer()]);
  server.page('/bench/adblock-detector.js', adblockDetectorBundle(), { 'content-type': 'text/javascript; charset=utf-8' });
  const out: Results = {
    loads: LOADS,
    fpLoads: FP_LOADS,
    fpPages: FP_PAGES.length,
    chromium: browser.version(),
    date: new Date().toISOString().slice(0, 10),
    results: {},
    falsePositives: {},
    promptVisibleMs: [],
    heavy: { loads: HEAVY_LOADS, roundCount: ROUNDS, windowMs: WINDOW_MS, results: {}, baseline: [], rounds: {} },
  };
  const started = Date.now();
  const progress = (text: string) => process.stderr.write(`[${((Date.now() - started) / 60000).toFixed(1)} min] ${text}\n`);
  try {
    for (const lib of LIBRARIES) {
      out.results[lib.name] = {};
      const html = articleHtml(server, { head: REPORTER, bodyEnd: lib.install });
      const url = server.page(`/bench/${encodeURIComponent(lib.name)}.html`, html);
      // An ES module's code is not attributed to its URL in the trace: no main-thread figure.
      const traced = isModule(lib) ? undefined : { files: lib.files, call: callSite(url, html, lib.install) };
      for (const condition of ALL) {
        const loads: Load[] = [];
        for (let i = 0; i < LOADS; i++) loads.push(await load(browser, condition, url, traced));
        out.results[lib.name][condition] = loads;
        progress(`article / ${lib.name} / ${condition}: ${correct(loads, condition)}/${LOADS} correct`);
      }
      out.falsePositives[lib.name] = await falsePositives(browser, server, lib);
      progress(`${lib.name} / false positives: ${out.falsePositives[lib.name].blocked}`);
    }
    out.promptVisibleMs = await promptVisible(browser, server);
    await heavy(browser, server, out.heavy, progress);
  } finally {
    await server.close();
    await browser.close();
  }
  mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench/results/latest.json'), JSON.stringify(out, null, 1));
  const table = report(out);
  publish(table);
  console.log(table);
}

/** Writes the report to bench/results/latest.md and into the README's and docs' bench sections. */
function publish(table: string) {
  writeFileSync(resolve(ROOT, 'bench/results/latest.md'), table);
  const docs = ['README.md', 'docs/benchmark.md'];
  for (const doc of docs) {
    const path = resolve(ROOT, doc);
    writeFileSync(path, replaceSection(readFileSync(path, 'utf8'), 'bench', table.trim()));
  }
  execFileSync(resolve(ROOT, 'node_modules/.bin/prettier'), ['--write', ...docs], { cwd: ROOT });
}

const isModule = (lib: Library) => lib.files.every((f) => f.endsWith('.mjs'));

/**
 * Waits for the page to log `text` to the console: `loaded()` resolves `true` when it has (or
 * does), `false` when it has not within `CAP_MS`. Listening costs the page nothing, unlike
 * polling it (see `ANSWERED`).
 */
function consoleSignal(page: Page, text: string) {
  const said = new Promise<true>((resolve) => page.on('console', (m) => m.text() == text && resolve(true)));
  return {
    loaded: async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cap = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CAP_MS)));
      return Promise.race([said, cap]).finally(() => clearTimeout(timer));
    },
  };
}

/** How a load is traced and analysed. */
interface Traced {
  /** The library's files (none for a load without a library). */
  files: string[];
  /** The page's call into the library; absent for a module (its code is attributed to no URL). */
  call?: CallSite;
  /** Hold the load until this long after navigation start, for the whole-page figures. */
  windowMs?: number;
}

const correct = (loads: Load[], c: Condition) => loads.filter((l) => l.answered && l.blocked === blocking(c)).length;

async function load(browser: Browser, condition: Condition, url: string, traced: Traced & { windowMs: number }): Promise<PageLoad>;
async function load(browser: Browser, condition: Condition, url: string, traced?: Traced, fp?: FpPage): Promise<Load>;
async function load(browser: Browser, condition: Condition, url: string, traced?: Traced, fp?: FpPage): Promise<Load | PageLoad> {
  const t = await openPage(browser, condition);
  await fp?.setup?.(t.page);
  if (traced) await browser.startTracing(t.page, { categories: TRACE_CATEGORIES });
  const answered = consoleSignal(t.page, ANSWERED);
  const began = Date.now();
  await t.page.goto(url, { waitUntil: 'load' }).catch(() => {});
  // No answer at all is a figure too: a load without a library waits for the window alone.
  const said = traced?.files.length === 0 ? false : await answered.loaded();
  // The whole-page window: nothing of the bench's runs on the page before it has passed.
  if (traced?.windowMs) await t.page.waitForTimeout(Math.max(0, traced.windowMs + 300 - (Date.now() - began)));
  const answer = said
    ? await t.page.evaluate(() => (window as unknown as { __answer: { blocked: boolean; at: number } }).__answer).catch(() => null)
    : null;
  const [dcl, elements] = await t.page
    .evaluate(() => [
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
      document.querySelectorAll('*').length,
    ])
    .catch(() => [NaN, NaN]);
  const result: Load = { answered: !!answer, blocked: !!answer?.blocked, ms: answer ? answer.at - dcl : NaN, mainThreadMs: NaN };
  if (traced) {
    // Let timers the library left running show up in the trace too.
    if (!traced.windowMs) await t.page.waitForTimeout(300);
    const cost = analyseLoad(traceEvents(await browser.stopTracing()), {
      pageUrl: url,
      files: traced.files,
      call: traced.call,
      windowMs: traced.windowMs ?? 0,
    });
    const attributed = traced.files.length > 0 && (!!traced.call || !traced.files.every((f) => f.endsWith('.mjs')));
    Object.assign(result, {
      mainThreadMs: attributed ? cost.ownMs : NaN,
      evalMs: attributed ? cost.evalMs : NaN,
      callbacks: attributed ? cost.callbacks : NaN,
    });
    if (traced.windowMs) {
      const wide = cost.recalcs.filter((r) => documentWide(r, elements)).map((r) => summary(r, traced.files));
      await t.context.close();
      return { ...result, busyMs: cost.busyMs, styleMs: cost.styleMs, elements, wide } satisfies PageLoad;
    }
  }
  await t.context.close();
  return result;
}

/** A document-wide recalculation as the report keeps it: the forcing frame named by its file. */
function summary(r: Recalc, files: string[]): PageLoad['wide'][number] {
  const frame = r.forcedBy?.[0];
  const forcedBy = !frame ? undefined : inFiles(r.forcedBy, files) ? 'library' : frame.url.split('/').pop() || 'page';
  return { at: Math.round(r.at), elements: r.elements, ms: Math.round(r.ms * 10) / 10, forcedBy };
}

/**
 * The heavy page: per library and blocking condition, HEAVY_LOADS traced loads (verdict, own
 * time, callbacks); then, with no blocker, ROUNDS rounds of one load without any library and one
 * with each library, in an order shuffled per round by a fixed seed, each traced for WINDOW_MS.
 */
async function heavy(browser: Browser, server: TestServer, out: Results['heavy'], progress: (text: string) => void) {
  const pages = LIBRARIES.map((lib) => {
    const html = heavyArticleHtml(server, { head: REPORTER, politely: lib.install });
    const url = server.page(`/bench/heavy/${encodeURIComponent(lib.name)}.html`, html);
    return { lib, url, traced: { files: lib.files, call: isModule(lib) ? undefined : callSite(url, html, lib.install) } };
  });
  const bare = server.page('/bench/heavy/none.html', heavyArticleHtml(server, { head: REPORTER }));
  for (const { lib, url, traced } of pages) {
    out.results[lib.name] = {};
    for (const condition of ALL.filter(blocking)) {
      const loads: Load[] = [];
      for (let i = 0; i < HEAVY_LOADS; i++) loads.push(await load(browser, condition, url, traced));
      out.results[lib.name][condition] = loads;
      progress(`heavy / ${lib.name} / ${condition}: ${correct(loads, condition)}/${HEAVY_LOADS} correct`);
    }
    out.rounds[lib.name] = [];
  }
  let seed = 20261125;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < ROUNDS; round++) {
    const order = [-1, ...pages.keys()].map((i) => [random(), i]).sort((a, b) => a[0] - b[0]);
    for (const [, i] of order) {
      if (i < 0) out.baseline.push(await load(browser, 'none', bare, { files: [], windowMs: WINDOW_MS }));
      else out.rounds[pages[i].lib.name].push(await load(browser, 'none', pages[i].url, { ...pages[i].traced, windowMs: WINDOW_MS }));
    }
    progress(`heavy / no blocker / round ${round + 1}/${ROUNDS}: without ${Math.round(out.baseline[round].busyMs)} ms busy`);
  }
  for (const { lib } of pages) out.results[lib.name].none = out.rounds[lib.name];
}

/** Every page of the false-positive suite, no blocker, the library installed where Politely was. */
async function falsePositives(browser: Browser, server: TestServer, lib: Library) {
  const result = { blocked: 0, answered: 0, pages: [] as string[] };
  for (const fp of FP_PAGES) {
    const html = fp.html(server);
    if (!html.includes(POLITELY_TAG)) continue; // Politely injected by the page's own script: no place for another library.
    const page = html.replace(POLITELY_TAG, lib.install).replace(/<head>/i, '<head>' + REPORTER);
    const url = server.page(`/bench/fp/${encodeURIComponent(lib.name)}/${fp.id}.html`, page, fp.headers);
    for (let i = 0; i < FP_LOADS; i++) {
      const l = await load(browser, 'none', url, undefined, fp);
      if (l.answered) result.answered++;
      if (l.blocked && !result.pages.includes(fp.id)) result.pages.push(fp.id);
      if (l.blocked) result.blocked++;
    }
  }
  return result;
}

/** Politely's one-line install under EasyList: from the verdict to the prompt on screen. */
async function promptVisible(browser: Browser, server: TestServer): Promise<number[]> {
  const url = server.page('/bench/prompt.html', articleHtml(server, { head: PROMPT_TIMER, bodyEnd: POLITELY_TAG }));
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const t = await openPage(browser, 'easylist');
    const visible = consoleSignal(t.page, VISIBLE);
    await t.page.goto(url).catch(() => {});
    const at = (await visible.loaded())
      ? await t.page.evaluate(() => (window as unknown as { __t: { verdict: number; visible: number } }).__t).catch(() => null)
      : null;
    if (at) times.push(at.visible - at.verdict);
    await t.context.close();
  }
  return times;
}

const fmt = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : '—');
/** "median / worst" ms of the loads that answered `blocked` ("blocked" by default), or `none` when no load did. */
const answerTimes = (loads: Load[], none: string, blocked = true) => {
  const t = loads.filter((l) => l.answered && l.blocked === blocked).map((l) => l.ms);
  return t.length ? `${fmt(median(t))} / ${fmt(Math.max(...t))}` : none;
};
const gz = (files: string[]) =>
  files.reduce(
    (sum, f) =>
      sum +
      gzipSync(f == '/bench/adblock-detector.js' ? adblockDetectorBundle() : readFileSync(resolve(ROOT, f.slice(1))), { level: 9 }).length,
    0,
  );
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** The `q` quantile of numbers (linear between ranks). */
const quantile = (xs: number[], q: number): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const at = (s.length - 1) * q;
  return s[Math.floor(at)] + (s[Math.ceil(at)] - s[Math.floor(at)]) * (at - Math.floor(at));
};
/** "median [p25 – p75]" of numbers, with `digits` decimals. */
const spread = (xs: number[], digits = 0) => {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
  return `${f(quantile(xs, 0.5))} [${f(quantile(xs, 0.25))} – ${f(quantile(xs, 0.75))}]`;
};
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
/** Median of the loads' figure, or NaN when the library's code is attributed to no URL. */
const med = (loads: Load[], figure: (l: Load) => number | undefined) => median(loads.map((l) => figure(l) ?? NaN));
const num = (n: number, digits = 1, none = 'n/a (module)') => (Number.isFinite(n) ? n.toFixed(digits) : none);
/** "median (min–max)" of the callbacks per page view. */
const callbacks = (loads: Load[]) => {
  const c = loads.map((l) => l.callbacks ?? NaN).filter(Number.isFinite);
  return c.length ? `${fmt(median(c))} (${Math.min(...c)}–${Math.max(...c)})` : 'n/a (module)';
};
const ratio = (loads: Load[]) => med(loads, (l) => l.mainThreadMs / (l.evalMs ?? NaN));
const correctCells = (byCondition: Record<string, Load[]>) =>
  ALL.map((c) => {
    const loads = byCondition[c];
    const silent = loads.filter((l) => !l.answered).length;
    return `${correct(loads, c)}/${loads.length}${silent ? ` (${silent} no answer)` : ''}`;
  });

function report(r: Results): string {
  const mainThread = (lib: Library, conditions: readonly Condition[] = ALL) =>
    isModule(lib) ? NaN : median(conditions.flatMap((c) => r.results[lib.name][c].map((l) => l.mainThreadMs)));
  const head = [
    'library',
    'every reader downloads (gzip)',
    'when prompted (gzip)',
    ...ALL.map((c) => `${c}: correct`),
    `false positives (${r.fpPages} pages × ${r.fpLoads})`,
    'median / worst ms to "blocked"',
    'main thread ms (median)',
    'callbacks per page view, no blocker (median, range)',
    'own ÷ evaluation, no blocker (median)',
  ];
  const rows = LIBRARIES.map((lib) => {
    const byCondition = r.results[lib.name];
    const fp = r.falsePositives[lib.name];
    const time = answerTimes(
      ALL.filter(blocking).flatMap((c) => byCondition[c]),
      'never',
    );
    return [
      lib.name,
      kB(gz(lib.files)),
      lib.promptFiles ? kB(gz([...lib.files, ...lib.promptFiles])) : '—',
      ...correctCells(byCondition),
      `${fp.blocked}${fp.pages.length ? ` (${fp.pages.join(', ')})` : ''}`,
      time,
      num(mainThread(lib)),
      callbacks(byCondition.none),
      num(ratio(byCondition.none)),
    ];
  });
  const perCondition = ALL.filter(blocking).map((c) => `${c} ${answerTimes(r.results[LIBRARIES[0].name][c], '—')}`);
  const jdaLib = LIBRARIES.find((l) => l.name.startsWith('just-detect-adblock'))!;
  const jda = mainThread(jdaLib);
  const loader = mainThread(LIBRARIES[0]);
  // Most readers have no blocker, and that is where Politely watches longest (until "not blocked").
  const [jdaNone, loaderNone] = [mainThread(jdaLib, ['none']), mainThread(LIBRARIES[0], ['none'])];
  return [
    `Run ${r.date} on ${cpus().length} cores, Chromium ${r.chromium}, Node ${process.version}; ${r.loads} loads per library and condition, each in a fresh browser context; the false-positive suite's ${r.fpPages} pages ${r.fpLoads} time(s) each per library. The machine is shared with other work: timings are noisy (medians, and the spread where it matters).`,
    '',
    "**The article page** (the browser tests' article: a few hundred elements, a small stylesheet).",
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
    `Politely, script tag: DOMContentLoaded → "blocked", median / worst ms, per condition: ${perCondition.join('; ')}; with no blocker, DOMContentLoaded → "not blocked" ${answerTimes(r.results[LIBRARIES[0].name].none, '—', false)}. Verdict → prompt visible (its file fetched then, under EasyList): median ${fmt(median(r.promptVisibleMs))} ms, worst ${fmt(Math.max(...r.promptVisibleMs))} ms over ${r.promptVisibleMs.length} loads. Loader main thread ${loader.toFixed(1)} ms = ${(loader / jda).toFixed(1)}× just-detect-adblock's ${jda.toFixed(1)} ms over every condition; with no blocker, ${loaderNone.toFixed(1)} ms = ${(loaderNone / jdaNone).toFixed(1)}× its ${jdaNone.toFixed(1)} ms.`,
    '',
    ...(r.heavy ? heavyReport(r.heavy) : []),
    "Conditions: `none` no blocker; `easylist` Ghostery's engine with EasyList network + cosmetic filters; `network` and `cosmetic` one half each; `dns` every EasyList `||host^` host fails to resolve; `brave` (Brave Shields' default, emulated) network filters plus uBlock Origin's stand-in scripts for AdSense and GPT, no cosmetic filtering; `ublock` (uBlock Origin's default, emulated) network + cosmetic filters plus the stand-ins.",
    'Correct: "not blocked" under `none`, "blocked" under the others; "no answer": no verdict within 5 s of load. False positives: "blocked" answers on the suite\'s pages with no blocker (pages where the page itself injects Politely are left out for every library), with the pages named.',
    'Time: from DOMContentLoaded to a "blocked" answer, over every blocked load (negative: before DOMContentLoaded). Every reader downloads: the file(s) every page view loads; when prompted: plus the prompt file (gzip -9).',
    "Main thread (own time): on the page's main thread, the union of trace events (`EvaluateScript`, `FunctionCall`, `v8.compile`) attributed to the library's own file(s) and to the page's one-line call into it (the library's first pass runs inside the call), median per load over every condition (the heavy page's column: with no blocker). Its callbacks count (timers, event listeners, observers: Politely's detection wakes on them until its verdict); compiling done on a background thread does not. Chrome's trace does not attribute an ES module's code to its URL, so the module row has none. A lower bound: style and layout the library causes outside its own calls are not counted (the whole-page columns are), nor code that runs as a promise continuation (for Politely, the last step after the verdict: removing the bait and building the verdict object).",
    "Callbacks: main-thread tasks in which the library's own code ran after its file was evaluated (timers, event listeners, observers, animation frames; the tasks that evaluate the file and the page's call into it are not counted), per page view. Own ÷ evaluation: own time divided by the time to evaluate the file itself (its `EvaluateScript` and main-thread compile), per load.",
    '',
  ].join('\n');
}

/** The heavy page's table and its notes. */
function heavyReport(h: Results['heavy']): string[] {
  const head = [
    'library',
    ...ALL.map((c) => `${c}: correct`),
    'median / worst ms to "blocked"',
    'own main thread ms, no blocker (median)',
    'callbacks per page view, no blocker (median, range)',
    'own ÷ evaluation, no blocker (median)',
    'whole page: main thread Δ ms (median [IQR])',
    'style recalculation Δ ms (median [IQR])',
    'document-wide recalculations per load, with (median; total; forced by its code)',
  ];
  const base = h.baseline;
  const delta = (loads: PageLoad[], figure: (l: PageLoad) => number) => loads.map((l, i) => figure(l) - figure(base[i]));
  const wideCount = (loads: PageLoad[]) => loads.map((l) => l.wide.length);
  const rows = LIBRARIES.map((lib) => {
    const byCondition = h.results[lib.name];
    const ab = h.rounds[lib.name];
    const forced = ab.reduce((n, l) => n + l.wide.filter((w) => w.forcedBy == 'library').length, 0);
    return [
      lib.name,
      ...correctCells(byCondition),
      answerTimes(
        ALL.filter(blocking).flatMap((c) => byCondition[c]),
        'never',
      ),
      num(med(ab, (l) => l.mainThreadMs)),
      callbacks(ab),
      num(ratio(ab)),
      spread(delta(ab, (l) => l.busyMs)),
      spread(
        delta(ab, (l) => l.styleMs),
        1,
      ),
      `${fmt(median(wideCount(ab)))}; ${wideCount(ab).reduce((a, b) => a + b, 0)}; ${isModule(lib) ? 'n/a (module)' : forced}`,
    ];
  });
  const politely = h.rounds[LIBRARIES[0].name];
  const own = med(politely, (l) => l.mainThreadMs);
  const whole = median(delta(politely, (l) => l.busyMs));
  const perCondition = ALL.filter(blocking).map((c) => `${c} ${answerTimes(h.results[LIBRARIES[0].name][c], '—')}`);
  const wideOf = (loads: PageLoad[]) => {
    const all = loads.flatMap((l) => l.wide);
    const forced = all.filter((w) => w.forcedBy == 'library');
    return forced.length
      ? `; those its own code forced: ${forced.length} over ${loads.length} loads, median ${fmt(median(forced.map((w) => w.elements)))} elements at ${fmt(median(forced.map((w) => w.at)))} ms after navigation start, ${num(median(forced.map((w) => w.ms)))} ms each`
      : '';
  };
  return [
    `**The heavy page** (tests/browser/pages/heavy.ts: Bootstrap 5's real stylesheet, ${fmt(median(base.map((l) => l.elements)))} elements once loaded — navbar, story, 60 cards, 150 comments, a long footer — a site script inserting a rail and comment blocks over the first second, AdSense). Under each blocking condition ${h.loads} loads per library; with no blocker ${h.roundCount} rounds, each one load without any library and one with each library, in a shuffled (seeded) order, every load traced for ${h.windowMs} ms from navigation start.`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
    `Without any library (${base.length} loads): main thread busy ${spread(base.map((l) => l.busyMs))} ms in the window, style recalculation ${spread(
      base.map((l) => l.styleMs),
      1,
    )} ms, document-wide recalculations per load ${fmt(median(wideCount(base)))} (${Math.min(...wideCount(base))}–${Math.max(...wideCount(base))}), median ${fmt(
      median(base.flatMap((l) => l.wide.map((w) => w.elements))),
    )} elements. Politely, script tag, on this page: whole-page Δ ${fmt(whole)} ms = ${(whole / own).toFixed(1)}× its own ${num(own)} ms (goal: at most 2×); own ÷ evaluation ${num(ratio(politely))} (bar: at most 3×, goal 2×); callbacks ${callbacks(politely)} (bar: at most 6, goal 4)${wideOf(politely)}. DOMContentLoaded → "blocked" per condition: ${perCondition.join('; ')}; → "not blocked" ${answerTimes(politely, '—', false)}.`,
    '',
    `Whole page: the page's main-thread busy time (the union of its tasks) in the first ${h.windowMs} ms after navigation start, with the library minus without it, paired by round (the load without any library of the same round), median of the ${h.roundCount} differences and their interquartile range; style recalculation likewise, from the summed \`UpdateLayoutTree\` time. A document-wide recalculation restyles at least half of the elements the document has at the window's end; "forced by its code": the JS stack that forced it synchronously is in the library's file. The rounds are the "none" column's loads.`,
    '',
  ];
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
