import { pageGlobal, sourceOf } from './env';

/**
 * What an ad library's global says about who answered its script: `real` (the library's own
 * marks), `standIn` (a blocker's stand-in script) or `undefined` (not there, or not run yet).
 */
export type Answer = 'real' | 'standIn' | undefined;

/**
 * Google Publisher Tag. uBlock Origin, AdGuard and Brave answer the GPT request with a stand-in
 * script that makes the library look loaded; the stand-ins answer `getVersion()` with `''`, where
 * the real library returns its version.
 */
export function gptAnswer(): Answer {
  const gpt = pageGlobal('googletag') as { apiReady?: unknown; getVersion?: () => unknown } | undefined;
  if (gpt?.apiReady !== true || typeof gpt.getVersion != 'function') return;
  return gpt.getVersion() === '' ? 'standIn' : 'real';
}

/**
 * AdSense. Once loaded, the library replaces the page's `adsbygoogle` queue with an object whose
 * `loaded` is `true` and whose `push` places ads. uBlock Origin's stand-in (which Brave uses too)
 * sets the same `loaded`, with a `push` that does nothing: an empty function, which no real
 * library is. (The stand-ins are also seen in the slots they fill: see `slotFrames`.)
 */
export function adsenseAnswer(): Answer {
  const adsense = pageGlobal('adsbygoogle') as { loaded?: unknown; push?: unknown } | undefined;
  if (adsense?.loaded !== true) return;
  return typeof adsense.push == 'function' && /^function\s*\w*\s*\(\s*\)\s*\{\s*\}$/.test(sourceOf(adsense.push)) ? 'standIn' : 'real';
}
