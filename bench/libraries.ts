// The detectors under test, each installed on the article page the way its README says, and
// each reporting its answer through the same `__report(blocked)` hook.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** One detector as a page would install it. */
export interface Library {
  name: string;
  /** Files every reader downloads for it (served by the harness), for the gzip size and the trace. */
  files: string[];
  /** Files a reader downloads when Politely's prompt shows, besides `files`. */
  promptFiles?: string[];
  /** HTML for the end of <body>: the script tag(s) and the README's usage, reporting via __report. */
  install: string;
}

// adblock-detector ships CommonJS only (`exports.AdblockDetector`): a bundler wraps it for the
// browser. This is that wrapper, nothing more. (Its README's `import AdblockDetector from …`, a
// default import, gives the exports object, not the class: the named export is what works.)
export function adblockDetectorBundle(): string {
  const cjs = readFileSync(resolve(ROOT, 'node_modules/adblock-detector/lib/index.js'), 'utf8');
  return `(function(){var exports={};${cjs}\nwindow.AdblockDetector=exports.AdblockDetector;})();`;
}

/** Politely and the detectors people use today. */
export const LIBRARIES: Library[] = [
  {
    name: 'Politely (script tag)',
    files: ['/dist/politely.js'],
    promptFiles: ['/dist/politely-prompt.js'],
    install: '<script src="/dist/politely.js"></script><script>Politely.detect().then(function (v) { __report(v.blocked) })</script>',
  },
  {
    name: 'Politely, detection only (politely/detect)',
    files: ['/dist/detect.mjs', '/dist/detect-core.mjs'],
    install:
      '<script type="module">import { detect } from "/dist/detect.mjs"; detect().then(function (v) { __report(v.blocked) })</script>',
  },
  {
    name: 'fuckadblock 3.2.1',
    files: ['/node_modules/fuckadblock/fuckadblock.js'],
    // The README's "recommended audit": a missing global means the file itself was blocked.
    install:
      '<script src="/node_modules/fuckadblock/fuckadblock.js"></script><script>' +
      "if (typeof fuckAdBlock === 'undefined') { __report(true) } else {" +
      ' fuckAdBlock.onDetected(function () { __report(true) }); fuckAdBlock.onNotDetected(function () { __report(false) }) }</script>',
  },
  {
    name: 'just-detect-adblock 1.1.0',
    files: ['/node_modules/just-detect-adblock/dist/bundle.umd.js'],
    install:
      '<script src="/node_modules/just-detect-adblock/dist/bundle.umd.js"></script><script>' +
      'justDetectAdblock.detectAnyAdblocker().then(function (detected) { __report(detected) })</script>',
  },
  {
    name: 'adblock-detector 2.1.0',
    files: ['/bench/adblock-detector.js'],
    install:
      '<script src="/bench/adblock-detector.js"></script><script>' +
      'var adbDetector = new AdblockDetector(); __report(adbDetector.detect())</script>',
  },
];

/**
 * Records the first answer with its time, and says so on the console (`ANSWERED`); runs before
 * everything else on the page. The bench waits for that console message rather than polling the
 * page with Playwright's `waitForFunction`, whose helper script (about 15 ms of evaluation) would
 * run on the page's main thread in the middle of detection and delay the very answer it waits for.
 * The message goes out in a task of its own, so that its cost is never counted as the library's.
 */
export const ANSWERED = '__bench:answered';
export const REPORTER = `<script>window.__answer=null;window.__report=function(b){if(!window.__answer){window.__answer={blocked:!!b,at:performance.now()};setTimeout(function(){console.debug('${ANSWERED}')})}};</script>`;

/**
 * Records Politely's verdict and the moment its prompt appeared, for "verdict → prompt visible",
 * and says so on the console (`VISIBLE`).
 */
export const VISIBLE = '__bench:visible';
export const PROMPT_TIMER =
  "<script>window.__t={};document.addEventListener('politely:verdict',function(){window.__t.verdict=window.__t.verdict||performance.now()});" +
  `document.addEventListener('politely:show',function(){requestAnimationFrame(function(){window.__t.visible=performance.now();setTimeout(function(){console.debug('${VISIBLE}')})})});</script>`;
