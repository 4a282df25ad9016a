// What one page load costs, from a Chrome performance trace of it (Playwright's
// `browser.startTracing` with TRACE_CATEGORIES). Everything is read on the page's main thread:
// the renderer thread whose `navigationStart` mark names the page's URL as the outermost main
// frame (work V8 does on background threads — streaming, parsing and compiling a script as it
// downloads — and the ad's cross-site frame, in a process of its own, are not the reader's main
// thread).
//
// - Own time: the union of the intervals of every complete event whose script URL is one of the
//   library's files — `EvaluateScript` (running the file), `FunctionCall` (its callbacks: timers,
//   frames, events, observers), `v8.compile` — plus the evaluation of the page's inline snippet
//   that calls the library, merged so that nested events count once. The snippet counts because
//   the library's first pass runs inside it (a call from one script into another is no event of
//   its own: the trace puts that work under the snippet). Style and layout forced inside those
//   calls (`checkVisibility()`, `offsetHeight`…) are inside them, so they count too. Not
//   counted: code resumed as a promise continuation (after an `await`, or a timer whose callback
//   is a native `resolve`: the trace attributes that work to no file).
// - Evaluation time: the file's first `EvaluateScript`, and the main-thread `v8.compile` of the
//   file before it: what running the file itself costs, before any call into it.
// - Callbacks: main-thread tasks (`RunTask`) in which the library's own code ran (an event of
//   own time, above, inside the task), other than the tasks that evaluated its file or the page's
//   call into it: each timer, event listener, observer or animation-frame callback of the
//   library's is one, however many of its functions ran in that task.
// - The page's busy time: the union of the main thread's tasks in the window (from navigation
//   start, `windowMs` long), clipped to it.
// - Style time: the summed duration of `UpdateLayoutTree` (Blink's style recalculation) in the
//   window on the main thread, every frame the thread renders included.
// - Recalculations: every `UpdateLayoutTree` of the page's own frame, with the number of
//   elements it restyled (`elementCount`), the JS stack that forced it synchronously (present when
//   a script read style or layout: `disabled-by-default-devtools.timeline.stack`), and, when the
//   trace has INVALIDATION_CATEGORY, the invalidations recorded since the frame's previous one
//   (what made the elements dirty, with the stack of the script that did). A recalculation is
//   *document-wide* when it restyles at least DOCUMENT_WIDE of the document's elements.

import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';

/** The categories every traced load records. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
];
/** Adds what made each element dirty (Blink's invalidation tracking): slower, for attribution only. */
export const INVALIDATION_CATEGORY = 'disabled-by-default-devtools.timeline.invalidationTracking';
/** A recalculation restyling at least this share of the document's elements is document-wide. */
export const DOCUMENT_WIDE = 0.5;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: {
      url?: string;
      scriptName?: string;
      lineNumber?: number;
      columnNumber?: number;
      documentLoaderURL?: string;
      isOutermostMainFrame?: boolean;
      frame?: string;
      stackTrace?: StackFrame[];
      reason?: string;
      nodeName?: string;
    };
    beginData?: { frame?: string; stackTrace?: StackFrame[] };
    elementCount?: number;
    frame?: string;
    fileName?: string;
  };
}

/** One frame of a JS stack, as the trace records it (1-based line and column). */
export interface StackFrame {
  url: string;
  functionName: string;
  lineNumber: number;
  columnNumber: number;
}

/** An invalidation Blink recorded: what was made dirty, why, and by which script. */
export interface Invalidation {
  kind: string;
  reason: string;
  node: string;
  stack?: StackFrame[];
}

/** One style recalculation of the page's frame. */
export interface Recalc {
  /** Milliseconds after navigation start. */
  at: number;
  ms: number;
  elements: number;
  /** The script that forced it synchronously (it read style or layout), if one did. */
  forcedBy?: StackFrame[];
  /** What made its elements dirty (only with INVALIDATION_CATEGORY in the trace). */
  invalidations: Invalidation[];
}

/** Where the page's inline snippet that calls the library starts (1-based, as the trace counts). */
export interface CallSite {
  url: string;
  line: number;
  column: number;
}

/** The {@link CallSite} of the last inline `<script>` of `install` within the page's `html`. */
export function callSite(url: string, html: string, install: string): CallSite {
  const start = html.indexOf(install);
  const open = install.lastIndexOf('<script');
  if (start < 0 || open < 0) throw new Error('bench: the install snippet is not in the page');
  // The trace names an inline script by where its text starts: just after `<script …>`.
  const at = start + install.indexOf('>', open) + 1;
  return { url, line: html.slice(0, at).split('\n').length, column: at - html.lastIndexOf('\n', at - 1) };
}

/** What one load cost: see the file's header for each figure. */
export interface LoadCost {
  ownMs: number;
  evalMs: number;
  callbacks: number;
  /** When each callback's task started, ms after navigation start. */
  callbackAt: number[];
  busyMs: number;
  styleMs: number;
  recalcs: Recalc[];
}

/** What {@link analyseLoad} looks for. */
export interface LoadQuery {
  /** The page's URL (its `navigationStart` mark names it). */
  pageUrl: string;
  /** The library's files (URL endings); none for a load without the library. */
  files: string[];
  /** The page's call into the library, whose evaluation counts as the library's. */
  call?: CallSite;
  /** Length of the busy-time and style-time window from navigation start, ms. */
  windowMs: number;
}

const urlOf = (e: TraceEvent) => e.args?.data?.url || e.args?.data?.scriptName || e.args?.fileName || '';
const OWN = ['EvaluateScript', 'FunctionCall', 'v8.compile'];

/** Total length of the union of `[start, end)` intervals. */
function unionMs(intervals: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1000;
}

/** Whether a stack has a frame in one of `files`. */
export const inFiles = (stack: StackFrame[] | undefined, files: string[]): boolean =>
  !!stack?.some((f) => files.some((file) => f.url.endsWith(file)));

/** Whether a recalculation restyled at least {@link DOCUMENT_WIDE} of the document's `elements`. */
export const documentWide = (r: Recalc, elements: number): boolean => r.elements >= DOCUMENT_WIDE * elements;

/**
 * Whether an invalidation records a cause — a node inserted or removed, a style, class or
 * attribute changed — rather than Blink applying invalidations already scheduled ("Style
 * invalidator", `StyleInvalidator…`), which it records with the stack of whatever script forced
 * the recalculation, not of the one that made the change.
 */
const cause = (i: Invalidation) => (i.kind == 'StyleRecalc' || i.kind == 'ScheduleStyle') && i.reason != 'Style invalidator';

/** Whether the library's code made some of the recalculation's elements dirty (needs invalidation tracking). */
export const invalidatedBy = (r: Recalc, files: string[]): boolean => r.invalidations.some((i) => cause(i) && inFiles(i.stack, files));

/**
 * Whether the recalculation is the library's alone: its code made elements dirty, and no other
 * script did (invalidations without a stack — the parser's, Blink's own follow-ups — don't
 * count). One that other scripts share is mixed: its element count is no one's alone.
 */
export const madeBy = (r: Recalc, files: string[]): boolean =>
  invalidatedBy(r, files) && r.invalidations.every((i) => !cause(i) || !i.stack?.length || inFiles(i.stack, files));

/** Parses a trace (Playwright's `stopTracing()` buffer). */
export const traceEvents = (json: Buffer | string): TraceEvent[] => JSON.parse(String(json)).traceEvents ?? [];

/** Analyses one load: see the file's header. Throws when the trace lacks the page or the call. */
export function analyseLoad(events: TraceEvent[], q: LoadQuery): LoadCost {
  const nav = events.find(
    (e) => e.name == 'navigationStart' && e.args?.data?.documentLoaderURL == q.pageUrl && e.args.data.isOutermostMainFrame !== false,
  );
  if (!nav) throw new Error(`bench: the trace has no navigation to ${q.pageUrl}`);
  const frame = nav.args?.frame ?? nav.args?.data?.frame;
  const start = nav.ts;
  const end = start + q.windowMs * 1000;
  const main = events.filter((e) => e.pid == nav.pid && e.tid == nav.tid).sort((a, b) => a.ts - b.ts);
  const ms = (ts: number) => (ts - start) / 1000;
  const complete = (e: TraceEvent) => e.ph == 'X' && e.dur !== undefined;
  const isCall = (e: TraceEvent) =>
    !!q.call &&
    e.name == 'EvaluateScript' &&
    urlOf(e) == q.call.url &&
    e.args?.data?.lineNumber == q.call.line &&
    e.args.data.columnNumber == q.call.column;
  const isOwn = (e: TraceEvent) => complete(e) && OWN.includes(e.name) && (q.files.some((f) => urlOf(e).endsWith(f)) || isCall(e));
  if (q.call && !main.some(isCall))
    throw new Error(`bench: the trace has no evaluation of the call at ${q.call.url}:${q.call.line}:${q.call.column}`);

  const own = main.filter(isOwn);
  const ownMs = unionMs(own.map((e) => [e.ts, e.ts + e.dur!]));
  // The file's own evaluation: its first EvaluateScript, and its main-thread compile before that.
  const evaluations = q.files
    .map((f) => main.find((e) => complete(e) && e.name == 'EvaluateScript' && urlOf(e).endsWith(f)))
    .filter((e): e is TraceEvent => !!e);
  const compiles = main.filter(
    (e) =>
      complete(e) &&
      e.name == 'v8.compile' &&
      evaluations.some((ev) => urlOf(e) == urlOf(ev) && e.ts <= ev.ts + ev.dur!) &&
      q.files.some((f) => urlOf(e).endsWith(f)),
  );
  const evalMs = unionMs([...evaluations, ...compiles].map((e) => [e.ts, e.ts + e.dur!]));

  const tasks = main.filter((e) => e.name == 'RunTask' && complete(e));
  const within = (task: TraceEvent, e: TraceEvent) => e.ts >= task.ts && e.ts < task.ts + task.dur!;
  const initial = [...evaluations, ...own.filter(isCall)];
  const callbackTasks = tasks.filter((t) => own.some((e) => within(t, e)) && !initial.some((e) => within(t, e)));
  const busyMs = unionMs(
    tasks.filter((t) => t.ts < end && t.ts + t.dur! > start).map((t) => [Math.max(t.ts, start), Math.min(t.ts + t.dur!, end)]),
  );
  const styleMs = main
    .filter((e) => e.name == 'UpdateLayoutTree' && complete(e) && e.ts >= start && e.ts < end)
    .reduce((sum, e) => sum + e.dur! / 1000, 0);

  const recalcs: Recalc[] = [];
  let pending: Invalidation[] = [];
  for (const e of main) {
    const data = e.args?.data;
    if (data && e.name.endsWith('InvalidationTracking') && e.name != 'LayoutInvalidationTracking' && data.frame == frame)
      pending.push({
        kind: e.name.replace('InvalidationTracking', ''),
        reason: data.reason ?? '',
        node: data.nodeName ?? '',
        stack: data.stackTrace,
      });
    const begin = e.args?.beginData;
    if (begin && e.name == 'UpdateLayoutTree' && complete(e) && begin.frame == frame && e.ts >= start) {
      recalcs.push({
        at: ms(e.ts),
        ms: e.dur! / 1000,
        elements: e.args?.elementCount ?? 0,
        forcedBy: begin.stackTrace,
        invalidations: pending,
      });
      pending = [];
    }
  }
  return {
    ownMs,
    evalMs,
    callbacks: callbackTasks.length,
    callbackAt: callbackTasks.map((t) => ms(t.ts)),
    busyMs,
    styleMs,
    recalcs,
  };
}

/**
 * Milliseconds of main-thread time attributed to scripts whose URL ends with one of `files`, and
 * to the inline snippet at `call` (the article page's figure). Throws when the trace has no
 * evaluation of that snippet: a figure without it would be silently low.
 */
export function libraryTimeMs(traceJson: Buffer | string, files: string[], call: CallSite): number {
  return analyseLoad(traceEvents(traceJson), { pageUrl: call.url, files, call, windowMs: 0 }).ownMs;
}

const maps = new Map<string, SourceMap | null>();
/**
 * Where a stack frame is in the source: `src/detect/bait.ts:27` for a frame in one of the built
 * files (dist/, or `POLITELY_DIST`, through its source map), else `file.js:line:column`.
 */
export function whereIs(frame: StackFrame): string {
  const path = /\/dist\/([\w.-]+\.js)$/.exec(frame.url.split(/[?#]/)[0])?.[1];
  const short = `${frame.url.split(/[?#]/)[0].split('/').pop() || frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
  if (!path) return short;
  if (!maps.has(path)) {
    const file = resolve(process.env.POLITELY_DIST ?? resolve(import.meta.dirname, '../dist'), path + '.map');
    maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const origin = maps.get(path)?.findOrigin(frame.lineNumber, frame.columnNumber);
  return origin && 'fileName' in origin ? `${origin.fileName.replace(/^(\.\.\/)+/, '')}:${origin.lineNumber}` : short;
}
