import type { BlockerId } from '../config/index';
import type { Verdict } from '../detect/index';

/**
 * The reader's most likely blocker, from the evidence: the browser (its user agent,
 * `navigator.brave`) and which signals saw the blocker. The allowlist steps open on it; every
 * other blocker stays one choice away, so a wrong guess costs one tap.
 * - Brave's own Shields answer `navigator.brave`.
 * - A stand-in script (a redirect resource) is what uBlock Origin does (AdGuard and Brave too):
 *   seen by the verdict, or answering when the prompt opens (`standInNow`; a verdict decided by
 *   hiding can come before the stand-in ran).
 * - Safari's content blockers are the only blockers Safari has; on iPhone every browser is
 *   Safari's engine, but only Safari runs content blockers.
 * - Hiding (the bait, the slots) is an extension's cosmetic filtering: uBlock Origin on Firefox,
 *   where it is the most used; Adblock Plus on the others, where it and AdBlock are.
 * - Requests failing with nothing hidden: a browser's own tracking protection where it blocks ad
 *   scripts (Firefox's and Edge's strict modes, Opera's blocker), else the network (a DNS filter,
 *   a VPN, a router), which no page can turn off.
 */
export function guessBlocker(verdict: Verdict | undefined, nav: Navigator, standInNow = false): BlockerId {
  const ua = nav.userAgent;
  const browser = /\bOPR\/|\bOpera\b/.test(ua)
    ? 'opera'
    : /\bEdgA?\//.test(ua)
      ? 'edge'
      : /\bFirefox\//.test(ua)
        ? 'firefox'
        : /\bSafari\//.test(ua) && !/(Chrome|Chromium|CriOS|FxiOS|EdgiOS|OPT)\//.test(ua)
          ? 'safari'
          : 'chrome';
  if (typeof (nav as { brave?: { isBrave?: unknown } }).brave?.isBrave == 'function') return 'brave';
  const signals = verdict?.signals;
  if (signals?.standIn == 'blocked' || standInNow) return 'ublock';
  if (!signals) return browser == 'safari' || browser == 'opera' ? browser : 'unknown';
  if (browser == 'safari') return 'safari';
  if (signals.bait == 'blocked' || signals.adSlots == 'blocked')
    return browser == 'firefox' ? 'ublock' : browser == 'opera' ? 'opera' : 'adblockplus';
  if (signals.network == 'blocked' || signals.probe == 'blocked' || signals.adStack == 'blocked')
    return browser == 'chrome' ? 'network' : browser;
  return 'unknown';
}
