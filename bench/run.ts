// `npm run bench`: Politely and the ad-block detectors people use today, side by side, in real
// Chromium, on the browser tests' article page, under the browser tests' blocking conditions.
// A benchmark, not a test: it measures and writes bench/results/latest.md (+ latest.json).
//
//   npm run bench                 # 10 loads per library and condition
//   npm run bench -- --loads 25
//   npx tsx bench/run.ts --report-only   # rebuild latest.md from latest.json
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BLOCKING,
  CONDITIONS,
  articleHtml,
  launchChromium,
  median,
  openPage,
  startServer,
  type Condition,
} from '../tests/browser/harness/index';
import { LIBRARIES, REPORTER, adblockDetectorBundle, type Library } from './libraries';
import { libraryTimeMs } from './trace';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const LOADS = arg('--loads', 10);
/** A detector that has not answered this long after the page loaded never will. */
const CAP_MS = 5000;

interface Load {
  answered: boolean;
  blocked: boolean;
  /** From DOMContentLoaded to the answer, page milliseconds (negative: before DOMContentLoaded). */
  ms: number;
  mainThreadMs: number;
}

async function main() {
  // --report-only: rebuild the table from the last run's raw results, measuring nothing.
  if (process.argv.includes('--report-only')) {
    const last = JSON.parse(readFileSync(resolve(ROOT, 'bench/results/latest.json'), 'utf8'));
    const date = last.date ?? statSync(resolve(ROOT, 'bench/results/latest.json')).mtime.toISOString().slice(0, 10);
    const table = report(last.results, last.chromium, last.loads, date);
    writeFileSync(resolve(ROOT, 'bench/results/latest.md'), table);
    return console.log(table);
  }
  const [browser, server] = await Promise.all([launchChromium(), startServer()]);
  server.page('/bench/adblock-detector.js', adblockDetectorBundle(), { 'content-type': 'text/javascript; charset=utf-8' });
  const results: Record<string, Record<Condition, Load[]>> = {};
  try {
    for (const lib of LIBRARIES) {
      results[lib.name] = {} as Record<Condition, Load[]>;
      const html = articleHtml(server, { head: REPORTER, bodyEnd: lib.install });
      const url = server.page(`/bench/${encodeURIComponent(lib.name)}.html`, html);
      for (const condition of CONDITIONS) {
        const loads: Load[] = [];
        for (let i = 0; i < LOADS; i++) loads.push(await load(browser, condition, url, lib));
        results[lib.name][condition] = loads;
        process.stderr.write(
          `${lib.name} / ${condition}: ${loads.filter((l) => l.answered && l.blocked === BLOCKING.includes(condition)).length}/${LOADS} correct\n`,
        );
      }
    }
  } finally {
    await server.close();
  }
  const version = browser.version();
  await browser.close();
  const date = new Date().toISOString().slice(0, 10);
  const table = report(results, version, LOADS, date);
  mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench/results/latest.md'), table);
  writeFileSync(resolve(ROOT, 'bench/results/latest.json'), JSON.stringify({ loads: LOADS, chromium: version, date, results }, null, 1));
  console.log(table);
}

async function load(browser: Awaited<ReturnType<typeof launchChromium>>, condition: Condition, url: string, lib: Library): Promise<Load> {
  const t = await openPage(browser, condition);
  await browser.startTracing(t.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  await t.page.goto(url, { waitUntil: 'load' });
  const answer = await t.page
    .waitForFunction(() => (window as unknown as { __answer: unknown }).__answer, null, { timeout: CAP_MS, polling: 50 })
    .then(() => t.page.evaluate(() => (window as unknown as { __answer: { blocked: boolean; at: number } }).__answer))
    .catch(() => null);
  const dcl = await t.page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
  );
  // Let timers the library left running show up in the trace too.
  await t.page.waitForTimeout(300);
  const trace = await browser.stopTracing();
  await t.context.close();
  return {
    answered: !!answer,
    blocked: !!answer?.blocked,
    ms: answer ? answer.at - dcl : NaN,
    mainThreadMs: libraryTimeMs(trace, lib.files),
  };
}

const fmt = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : '—');

function report(results: Record<string, Record<Condition, Load[]>>, chromium: string, loads: number, date: string): string {
  const head = [
    'library',
    'gzip',
    ...CONDITIONS.map((c) => `${c}: correct`),
    'false positives',
    'median / worst ms to "blocked"',
    'main thread ms (median)',
  ];
  const rows = LIBRARIES.map((lib) => {
    const byCondition = results[lib.name];
    const gzip = lib.files.reduce((sum, f) => {
      const path = f === '/bench/adblock-detector.js' ? null : resolve(ROOT, f.slice(1));
      return sum + gzipSync(path ? readFileSync(path) : adblockDetectorBundle(), { level: 9 }).length;
    }, 0);
    const correct = CONDITIONS.map((c) => {
      const expected = BLOCKING.includes(c);
      const ok = byCondition[c].filter((l) => l.answered && l.blocked === expected).length;
      const silent = byCondition[c].filter((l) => !l.answered).length;
      return `${ok}/${loads}${silent ? ` (${silent} no answer)` : ''}`;
    });
    const falsePositives = byCondition.none.filter((l) => l.answered && l.blocked).length;
    const blockedTimes = BLOCKING.flatMap((c) => byCondition[c].filter((l) => l.answered && l.blocked).map((l) => l.ms));
    const time = blockedTimes.length ? `${fmt(median(blockedTimes))} / ${fmt(Math.max(...blockedTimes))}` : 'never';
    // Chrome's trace attributes work to classic scripts by URL, not to ES modules' code.
    const main = lib.files.every((f) => f.endsWith('.mjs'))
      ? 'n/a (module)'
      : median(CONDITIONS.flatMap((c) => byCondition[c].map((l) => l.mainThreadMs))).toFixed(1);
    return [lib.name, `${(gzip / 1000).toFixed(2)} kB`, ...correct, String(falsePositives), time, main];
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `Run ${date} on ${cpus().length} cores, Chromium ${chromium}, Node ${process.version}; ${loads} loads per library and condition, each in a fresh browser context.`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
    "Conditions: `none` no blocker; `easylist` Ghostery's engine with EasyList network + cosmetic filters; `network` and `cosmetic` one half each; `dns` every EasyList `||host^` host fails to resolve.",
    'Correct: "not blocked" under `none`, "blocked" under the others; "no answer": no verdict within 5 s of load.',
    'Time: from DOMContentLoaded to a "blocked" answer, over every blocked load (negative: before DOMContentLoaded). gzip: the file(s) the page downloads for the library (gzip -9).',
    "Main thread: the union of trace events (`EvaluateScript`, `FunctionCall`, `v8.compile`) attributed to the library's own file(s), median per load; the page's one-line call into it is not counted. Chrome's trace does not attribute an ES module's code to its URL, so the module row has none. A lower bound: style and layout work the library causes elsewhere is not counted.",
    '',
  ].join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
