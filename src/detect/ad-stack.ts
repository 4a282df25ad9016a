import { pageGlobal } from './env';
import { BLOCKED, CLEAR, INCONCLUSIVE, type Probe } from './probe';

/** `host/path` of a URL: no scheme, query or fragment. */
export const hostPath = (url: string): string => url.replace(/^\w+:\/\//, '').split(/[?#]/)[0];

/** Scripts whose `error` event fired, kept for the page's life: a recheck sees old failures. */
const failed = new Set<string>();
let listening = 0;
/**
 * Whether the browser reports the request for `src` as failed: Resource Timing lists failed
 * requests too, blocked ones included, with status 0 (a script that arrived has its status, even
 * from another origin). A script in `<head>` often fails before a loader at the end of `<body>`
 * can listen for its `error` event. (No Resource Timing: the error event and the load remain.)
 */
const failedTiming = (src: string) =>
  performance.getEntriesByName?.(src).some((e) => (e as PerformanceResourceTiming).responseStatus === 0);
/** Wakes the running detection when an error arrives. */
let wake = () => {};

/**
 * Ad-stack probe: the page's own ad scripts. The libraries are matched by the host and path they
 * are really served from (never by a part of the URL: `/widgets/gpt.js` is a chat widget,
 * `prebid-config.js` a settings file): AdSense and Google Publisher Tag, with a test that they
 * ran, and the publisher's `adScripts`, which have none. "Blocked" when one failed to load (its
 * `error` event, or {@link failedTiming}), or when the page has loaded (which waits for the
 * scripts it started with) and a library has not run. Both also happen without a blocker — a
 * 404, a reset, an outage, a script injected late — so this probe never decides: it starts the
 * confirming requests.
 */
export const adStackProbe = (d: Document, own: string[] = [], onError: () => void): Probe => {
  wake = onError;
  // Resource errors don't bubble, but they pass the capture phase on their way down.
  if (!listening++)
    d.addEventListener(
      'error',
      (e) => (e.target as HTMLScriptElement).src && (failed.add((e.target as HTMLScriptElement).src), wake()),
      true,
    );
  const known: [string, (() => unknown)?][] = [
    ['pagead2.googlesyndication.com/pagead/js/adsbygoogle.js', () => pageGlobal('adsbygoogle')?.loaded],
    ['securepubads.g.doubleclick.net/tag/js/gpt.js', () => typeof pageGlobal('googletag')?.getVersion == 'function'],
    ...own.map((url): [string] => [hostPath(new URL(url, location.href).href)]),
  ];
  return () => {
    let seen = 0;
    for (const s of d.scripts) {
      const at = hostPath(s.src);
      for (const [lib, ran] of known)
        // `text/plain` and the other types that don't run are how consent managers hold a script back.
        if (lib == at && /^(module|.*script|)$/i.test(s.type)) {
          const ok = ran?.();
          // A library that ran is clear, whatever else happened: no error or timing to look up.
          const bad = !ok && (failed.has(s.src) || (ran && (failedTiming(s.src) || d.readyState == 'complete')));
          seen = Math.max(seen, bad ? BLOCKED : ok ? CLEAR : INCONCLUSIVE);
        }
    }
    return seen;
  };
};
