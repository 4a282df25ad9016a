// Main-thread time spent in a library, from a Chrome performance trace ("devtools.timeline"):
// the union of the intervals of every complete event whose script URL is one of the library's
// files — `EvaluateScript` (running the file), `FunctionCall` (its callbacks: timers, frames,
// events), and `v8.compile` — merged so that nested events count once. The page's inline
// snippet that calls the library is not counted; the work it triggers inside the library is.
// Not counted either: code resumed as a promise continuation (an `await`ed timer whose callback
// is a native `resolve`: the trace attributes that task to no file).

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string }; fileName?: string };
}

const urlOf = (e: TraceEvent) => e.args?.data?.url || e.args?.data?.scriptName || e.args?.fileName || '';

/** Milliseconds of main-thread time attributed to scripts whose URL ends with one of `files`. */
export function libraryTimeMs(traceJson: Buffer | string, files: string[]): number {
  const events: TraceEvent[] = JSON.parse(String(traceJson)).traceEvents ?? [];
  const intervals = events
    .filter((e) => e.ph === 'X' && e.dur && ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(e.name))
    .filter((e) => files.some((f) => urlOf(e).endsWith(f)))
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
