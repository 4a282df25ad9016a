// `npm run bench`: Politely and the ad-block detectors people use today, side by side, in real
// Chromium, on the browser tests' article page, under the browser tests' blocking conditions
// (Ghostery's engine with the real EasyList; the uBlock Origin-like and Brave-like conditions add
// uBO's own stand-in scripts), plus every page of the false-positive suite with no blocker.
// A benchmark, not a test: it measures and writes bench/results/latest.md (+ latest.json), and
// the same text into the `bench` sections of README.md and docs/benchmark.md (a unit test checks
// that they agree).
//
//   npm run bench                          # 10 loads per library and condition
//   npm run bench -- --loads 25 --fp-loads 2
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
import { replaceSection } from '../scripts/readme-parts';
import { ANSWERED, LIBRARIES, PROMPT_TIMER, REPORTER, VISIBLE, adblockDetectorBundle, type Library } from './libraries';
import { callSite, libraryTimeMs, type CallSite } from './trace';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const LOADS = arg('--loads', 10);
const FP_LOADS = arg('--fp-loads', 1);
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
  };
  try {
    for (const lib of LIBRARIES) {
      out.results[lib.name] = {};
      const html = articleHtml(server, { head: REPORTER, bodyEnd: lib.install });
      const url = server.page(`/bench/${encodeURIComponent(lib.name)}.html`, html);
      // An ES module's code is not attributed to its URL in the trace: no main-thread figure.
      const call = isModule(lib) ? undefined : callSite(url, html, lib.install);
      for (const condition of ALL) {
        const loads: Load[] = [];
        for (let i = 0; i < LOADS; i++) loads.push(await load(browser, condition, url, lib, call));
        out.results[lib.name][condition] = loads;
        const ok = loads.filter((l) => l.answered && l.blocked === blocking(condition)).length;
        process.stderr.write(`${lib.name} / ${condition}: ${ok}/${LOADS} correct\n`);
      }
      out.falsePositives[lib.name] = await falsePositives(browser, server, lib);
      process.stderr.write(`${lib.name} / false positives: ${out.falsePositives[lib.name].blocked}\n`);
    }
    out.promptVisibleMs = await promptVisible(browser, server);
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

async function load(browser: Browser, condition: Condition, url: string, lib: Library, call?: CallSite, fp?: FpPage): Promise<Load> {
  const t = await openPage(browser, condition);
  await fp?.setup?.(t.page);
  // Traced only with a call to find in the trace: the article page, not the false-positive suite.
  if (call) await browser.startTracing(t.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  const answered = consoleSignal(t.page, ANSWERED);
  await t.page.goto(url, { waitUntil: 'load' }).catch(() => {});
  const answer = (await answered.loaded())
    ? await t.page.evaluate(() => (window as unknown as { __answer: { blocked: boolean; at: number } }).__answer).catch(() => null)
    : null;
  const dcl = await t.page
    .evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart)
    .catch(() => NaN);
  let mainThreadMs = NaN;
  if (call) {
    // Let timers the library left running show up in the trace too.
    await t.page.waitForTimeout(300);
    mainThreadMs = libraryTimeMs(await browser.stopTracing(), lib.files, call);
  }
  await t.context.close();
  return { answered: !!answer, blocked: !!answer?.blocked, ms: answer ? answer.at - dcl : NaN, mainThreadMs };
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
      const l = await load(browser, 'none', url, lib, undefined, fp);
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
  ];
  const rows = LIBRARIES.map((lib) => {
    const byCondition = r.results[lib.name];
    const correct = ALL.map((c) => {
      const ok = byCondition[c].filter((l) => l.answered && l.blocked === blocking(c)).length;
      const silent = byCondition[c].filter((l) => !l.answered).length;
      return `${ok}/${r.loads}${silent ? ` (${silent} no answer)` : ''}`;
    });
    const fp = r.falsePositives[lib.name];
    const time = answerTimes(
      ALL.filter(blocking).flatMap((c) => byCondition[c]),
      'never',
    );
    const main = mainThread(lib);
    return [
      lib.name,
      kB(gz(lib.files)),
      lib.promptFiles ? kB(gz([...lib.files, ...lib.promptFiles])) : '—',
      ...correct,
      `${fp.blocked}${fp.pages.length ? ` (${fp.pages.join(', ')})` : ''}`,
      time,
      Number.isFinite(main) ? main.toFixed(1) : 'n/a (module)',
    ];
  });
  const perCondition = ALL.filter(blocking).map((c) => `${c} ${answerTimes(r.results[LIBRARIES[0].name][c], '—')}`);
  const jdaLib = LIBRARIES.find((l) => l.name.startsWith('just-detect-adblock'))!;
  const jda = mainThread(jdaLib);
  const loader = mainThread(LIBRARIES[0]);
  // Most readers have no blocker, and that is where Politely polls longest (until "not blocked").
  const [jdaNone, loaderNone] = [mainThread(jdaLib, ['none']), mainThread(LIBRARIES[0], ['none'])];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `Run ${r.date} on ${cpus().length} cores, Chromium ${r.chromium}, Node ${process.version}; ${r.loads} loads per library and condition, each in a fresh browser context; the false-positive suite's ${r.fpPages} pages ${r.fpLoads} time(s) each per library.`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
    `Politely, script tag: DOMContentLoaded → "blocked", median / worst ms, per condition: ${perCondition.join('; ')}; with no blocker, DOMContentLoaded → "not blocked" ${answerTimes(r.results[LIBRARIES[0].name].none, '—', false)}. Verdict → prompt visible (its file fetched then, under EasyList): median ${fmt(median(r.promptVisibleMs))} ms, worst ${fmt(Math.max(...r.promptVisibleMs))} ms over ${r.promptVisibleMs.length} loads. Loader main thread ${loader.toFixed(1)} ms = ${(loader / jda).toFixed(1)}× just-detect-adblock's ${jda.toFixed(1)} ms over every condition; with no blocker, ${loaderNone.toFixed(1)} ms = ${(loaderNone / jdaNone).toFixed(1)}× its ${jdaNone.toFixed(1)} ms.`,
    '',
    "Conditions: `none` no blocker; `easylist` Ghostery's engine with EasyList network + cosmetic filters; `network` and `cosmetic` one half each; `dns` every EasyList `||host^` host fails to resolve; `brave` (Brave Shields' default, emulated) network filters plus uBlock Origin's stand-in scripts for AdSense and GPT, no cosmetic filtering; `ublock` (uBlock Origin's default, emulated) network + cosmetic filters plus the stand-ins.",
    'Correct: "not blocked" under `none`, "blocked" under the others; "no answer": no verdict within 5 s of load. False positives: "blocked" answers on the suite\'s pages with no blocker (pages where the page itself injects Politely are left out for every library), with the pages named.',
    'Time: from DOMContentLoaded to a "blocked" answer, over every blocked load (negative: before DOMContentLoaded). Every reader downloads: the file(s) every page view loads; when prompted: plus the prompt file (gzip -9).',
    "Main thread: on the page's main thread, the union of trace events (`EvaluateScript`, `FunctionCall`, `v8.compile`) attributed to the library's own file(s) and to the page's one-line call into it (the library's first pass runs inside the call), median per load over every condition. Its timer callbacks count (Politely's detection polls until its verdict); compiling done on a background thread does not. Chrome's trace does not attribute an ES module's code to its URL, so the module row has none. A lower bound: style and layout the library causes outside its own calls are not counted, nor code that runs as a promise continuation (for Politely, the last step after the verdict: removing the bait and building the verdict object).",
    '',
  ].join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
