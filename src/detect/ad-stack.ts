import { now } from './env';
import type { Probe } from './probe';

/**
 * The ad libraries news pages load, by a part of their URL, with the global flag each sets once
 * it has run: AdSense, Google Publisher Tag, Prebid, and Amazon TAM (no documented flag).
 */
const AD_LIBRARIES: Record<string, string> = {
  'adsbygoogle.js': 'adsbygoogle.loaded',
  '/gpt.js': 'googletag.apiReady',
  prebid: 'pbjs.libLoaded',
  '/apstag.js': '',
};

/**
 * Ad-stack probe: did the page's own ad scripts fail to load? This is what catches blocking at
 * the network or DNS level, with no request of ours.
 *
 * A script has failed when its `error` event fires while we listen, or — for a library with a
 * known flag — when its fetch is over, the page has loaded and the flag is still unset: a
 * script that failed before we listened leaves no other trace (Chromium records resource
 * timing for blocked requests too). A script still loading, as on a slow network, has not
 * failed; the probe then stays undecided and ends inconclusive.
 */
let failed: Set<string> | undefined;

export const adStackProbe = (doc: Document, extra: string[] = []): Probe => {
  const w = window as unknown as Record<string, Record<string, unknown> | undefined>;
  // One listener for the page's life, shared by every detection (a recheck sees old failures
  // too). Resource errors don't bubble, but they do pass the capture phase on their way down.
  if (!failed) {
    const seen = (failed = new Set());
    doc.addEventListener('error', (e) => seen.add((e.target as HTMLScriptElement).src), true);
  }
  const known = (src: string) => Object.keys(AD_LIBRARIES).find((part) => src.toLowerCase().includes(part));
  const scripts = Array.from(doc.scripts, (s) => s.src).filter((src) => src && (known(src) || extra.some((p) => src.includes(p))));
  const state = (src: string) => {
    const [name, flag] = (AD_LIBRARIES[known(src)!] || '').split('.');
    const entry = performance.getEntriesByName(src)[0] as PerformanceResourceTiming | undefined;
    // 50 ms after its fetch ends, an async script has run (and the load event waits for it).
    const settled = doc.readyState == 'complete' && now() - (entry?.responseEnd ?? 1e9) > 50;
    return failed!.has(src) || (settled && flag && !w[name]?.[flag]) ? 'blocked'
      : settled || (flag && w[name]?.[flag]) ? 'clear'
      : undefined;
  };
  return (end) => {
    const all = scripts.map(state);
    return !scripts.length ? 'off'
      : all.includes('blocked') ? 'blocked'
      : all.every(Boolean) ? 'clear'
      : end ? 'inconclusive'
      : undefined;
  };
};
