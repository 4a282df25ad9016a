import { BLOCKED, CLEAR, INCONCLUSIVE, OFF, type Seen } from './evidence';
import { adsenseAnswer, gptAnswer, type Answer } from './stand-in';

/** `host/path` of a URL: no scheme, query or fragment. */
export const hostPath = (url: string): string => url.replace(/^\w+:\/\//, '').split(/[?#]/)[0];

/** An ad library the page may load: where it is served from, and who answered its script. */
type Library = [location: string, answer?: () => Answer];

const KNOWN: Library[] = [
  ['pagead2.googlesyndication.com/pagead/js/adsbygoogle.js', adsenseAnswer],
  ['securepubads.g.doubleclick.net/tag/js/gpt.js', gptAnswer],
];

/** Scripts whose `error` event Politely saw, kept for the page's life: a recheck sees old failures. */
const failed = new Set<string>();

/**
 * Whether the browser reports the request for `script` as failed. Resource Timing lists
 * finished requests, failed ones included, with `responseStatus` 0 — but it reports 0 for every
 * cross-origin answer fetched without CORS too, scripts that arrived and ran included. So only
 * a script fetched with CORS (a `crossorigin` attribute, as AdSense's tag has) tells, and only
 * in browsers that report `responseStatus` (docs/how-detection-works.md has the table).
 */
const failedByTiming = (script: HTMLScriptElement): boolean | undefined =>
  script.hasAttribute('crossorigin') &&
  performance.getEntriesByName?.(script.src).some((entry) => (entry as PerformanceResourceTiming).responseStatus === 0);

/** Script types that don't run: how consent managers hold a script back (`text/plain`…). */
const RUNS = /^(module|.*script|)$/i;

/** What the page's ad scripts show. */
export interface AdStackSeen {
  /** Blocked: one failed; clear: every one ran; inconclusive: still loading, or no test of running. */
  _seen: Seen;
  /** AdSense or GPT ran for real: marks of its own, not a stand-in's. */
  _ran: boolean;
  /** AdSense or GPT is on the page and still on its way: neither answered nor failed yet. */
  _pending: boolean;
  /** A library was answered by a blocker's stand-in. */
  _standIn: boolean;
  /** GPT answered with its real version: a mark only the real library leaves. */
  _realMark: boolean;
}

/**
 * Watches the page's own ad scripts: AdSense and Google Publisher Tag, matched by the host and
 * path they are really served from (never by a part of the URL: `/widgets/gpt.js` is a chat
 * widget, `prebid-config.js` a settings file), and the publisher's `adScripts`. Returns what
 * they show now (no layout needed; `pageLoaded`: the document's load event has passed).
 *
 * A library is blocked when its script failed: its `error` event, Resource Timing for a CORS
 * script ({@link failedByTiming}), or — for AdSense and GPT, which leave marks once they ran —
 * when the page has loaded and it has not run, if it was on the page while the page was still
 * loading: the load event waits for such scripts (one a tag manager adds later holds nothing up,
 * and may still be on its way). All of these also happen without a blocker (a 404, a reset, an
 * outage), so this signal never decides: it starts the confirming requests.
 *
 * `wake` is called when a script of theirs loads or fails; the listeners end with `signal`.
 */
export function watchAdStack(d: Document, adScripts: readonly string[], wake: () => void, signal: AbortSignal) {
  const libraries = [...KNOWN, ...adScripts.map((url): Library => [hostPath(new URL(url, d.baseURI).href)])];
  const libraryOf = (script: HTMLScriptElement) =>
    // A `nomodule` script is never fetched by a browser that runs modules.
    RUNS.test(script.type) && !script.noModule ? libraries.find(([location]) => location == hostPath(script.src)) : undefined;
  const ours = () => [...d.scripts].filter(libraryOf);
  // Scripts on the page while it was loading: the load event waits for them.
  const presentWhileLoading = d.readyState == 'complete' ? [] : ours();
  for (const script of presentWhileLoading) script.addEventListener('load', wake, { signal });
  // Resource errors don't bubble; they pass the capture phase on their way down. Only failed
  // resources fire it, so on a page without a blocker it rarely wakes anything.
  d.addEventListener(
    'error',
    (e) => {
      const script = e.target as HTMLScriptElement;
      if (script.tagName != 'SCRIPT' || !libraryOf(script)) return;
      failed.add(script.src);
      wake();
    },
    { capture: true, signal },
  );

  return (pageLoaded: boolean): AdStackSeen => {
    const seen: AdStackSeen = { _seen: OFF, _ran: false, _pending: false, _standIn: false, _realMark: false };
    for (const script of ours()) {
      const answer = libraryOf(script)![1];
      const answered = answer?.();
      if (answered == 'standIn') seen._standIn = true;
      if (answered == 'real') seen._ran = true;
      if (answered == 'real' && answer == gptAnswer) seen._realMark = true;
      const bad =
        !answered && (failed.has(script.src) || failedByTiming(script) || (!!answer && pageLoaded && presentWhileLoading.includes(script)));
      if (answer && !answered && !bad) seen._pending = true;
      seen._seen = Math.max(seen._seen, bad ? BLOCKED : answered ? CLEAR : INCONCLUSIVE) as Seen;
    }
    return seen;
  };
}
