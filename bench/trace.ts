// Main-thread time spent in a library, from a Chrome performance trace ("devtools.timeline"): on
// the page's main thread, the union of the intervals of every complete event whose script URL is
// one of the library's files — `EvaluateScript` (running the file), `FunctionCall` (its
// callbacks: timers, frames, events), and `v8.compile` — plus the evaluation of the page's inline
// snippet that calls the library, merged so that nested events count once. The snippet counts
// because the library's first pass runs inside it (a call from one script into another is no
// event of its own: the trace puts that work under the snippet). Not counted: code resumed as a
// promise continuation (after an `await`, or a timer whose callback is a native `resolve`: the
// trace attributes that work to no file).

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; lineNumber?: number; columnNumber?: number }; fileName?: string };
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

const urlOf = (e: TraceEvent) => e.args?.data?.url || e.args?.data?.scriptName || e.args?.fileName || '';

/**
 * Milliseconds of main-thread time attributed to scripts whose URL ends with one of `files`, and
 * to the inline snippet at `call`. Throws when the trace has no evaluation of that snippet: a
 * figure without it would be silently low.
 */
export function libraryTimeMs(traceJson: Buffer | string, files: string[], call: CallSite): number {
  const events: TraceEvent[] = JSON.parse(String(traceJson)).traceEvents ?? [];
  const isCall = (e: TraceEvent) =>
    e.name == 'EvaluateScript' && urlOf(e) == call.url && e.args?.data?.lineNumber == call.line && e.args.data.columnNumber == call.column;
  const callEvent = events.find(isCall);
  if (!callEvent) throw new Error(`bench: the trace has no evaluation of the call at ${call.url}:${call.line}:${call.column}`);
  // The page's main thread is the one that ran the call. (Work V8 does on background threads —
  // streaming, parsing and compiling a script as it downloads — is not the reader's main thread.)
  const intervals = events
    .filter((e) => e.tid == callEvent.tid && e.ph === 'X' && e.dur && ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(e.name))
    .filter((e) => files.some((f) => urlOf(e).endsWith(f)) || isCall(e))
    .map((e) => [e.ts, e.ts + (e.dur as number)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of intervals) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1000;
}
