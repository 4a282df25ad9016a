import { now } from './env';
import type { Probe } from './probe';
import type { Signal } from './types';

/**
 * The ad libraries news pages load — AdSense, Google Publisher Tag, Prebid, Amazon TAM — as
 * [a part of the script URL, the global it defines, the flag it sets there once it has run].
 * Amazon's apstag documents no such flag.
 */
const AD_LIBRARIES = [
  ['adsbygoogle', 'adsbygoogle', 'loaded'],
  ['/gpt.js', 'googletag', 'apiReady'],
  ['prebid', 'pbjs', 'libLoaded'],
  ['apstag'],
];

let failed: Set<string> | undefined;

/**
 * Ad-stack probe: did the page's own ad scripts fail to load? This is what catches blocking at
 * the network or DNS level, with no request of ours.
 *
 * A script has failed when its `error` event fires while we listen, or — for a library with a
 * known flag — when its fetch is over, the page has loaded and the flag is still unset: a
 * script that failed before we listened leaves no other trace (Chromium records resource
 * timing for blocked requests too). A script still loading, as on a slow network, has not
 * failed: the probe says inconclusive until it knows.
 */
export const adStackProbe = (doc: Document, extra: string[] = []): Probe => {
  const w = window as unknown as Record<string, Record<string, unknown> | undefined>;
  // One listener for the page's life, shared by every detection (a recheck sees old failures
  // too). Resource errors don't bubble, but they do pass the capture phase on their way down.
  if (!failed) {
    const seen = (failed = new Set());
    doc.addEventListener('error', (e) => seen.add((e.target as HTMLScriptElement).src), true);
  }
  const states = [...AD_LIBRARIES, ...extra.map((part) => [part])].flatMap(([part, name, flag]) =>
    Array.from(doc.scripts, (s) => s.src)
      .filter((src) => src.includes(part))
      .map((src) => (): Signal | undefined => {
        const entry = performance.getEntriesByName(src)[0] as PerformanceResourceTiming | undefined;
        // 50 ms after its fetch ends, an async script has run (and the load event waits for it).
        const settled = doc.readyState == 'complete' && now() - (entry?.responseEnd ?? 1e9) > 50;
        const ran = flag && w[name]?.[flag];
        return failed!.has(src) || (settled && flag && !ran) ? 'blocked' : settled || ran ? 'clear' : undefined;
      }),
  );
  return () => {
    const all = states.map((state) => state());
    return !states.length ? 'off' : all.includes('blocked') ? 'blocked' : all.every(Boolean) ? 'clear' : 'inconclusive';
  };
};
