/**
 * What one signal concluded.
 * - `blocked`: it saw a blocker at work.
 * - `clear`: it looked and saw none.
 * - `inconclusive`: it could not tell (no layout, printing, offline, a policy refusing the check,
 *   evidence that disagrees, still loading at the deadline…).
 * - `off`: it did not run (nothing to look at, or turned off).
 */
export type Signal = 'blocked' | 'clear' | 'inconclusive' | 'off';

/**
 * One {@link Signal} per kind of evidence. `bait` and `standIn` decide alone; `network` and
 * `probe` decide unless an ad library of the page ran for real (then the ads reached the reader,
 * and a failed request is the network's); `adSlots` and `adStack` only corroborate: the page's own
 * CSS can hide its slots, and an ad script fails for many reasons besides a blocker (a 404, a
 * reset, an outage).
 */
export interface Signals {
  /** Three bait elements, each matched by a different kind of EasyList generic hiding rule: all hidden while a control stays laid out. */
  bait: Signal;
  /** The page's own ad slots (`ins.adsbygoogle`, `div-gpt-ad…`) hidden as blockers hide them. Corroborates only. */
  adSlots: Signal;
  /** The page's own ad libraries (AdSense, Google Publisher Tag, or `adScripts`), matched by host and path: failed to load, or not run once the page has loaded. Corroborates only. */
  adStack: Signal;
  /** An ad library answered by a blocker's stand-in script (uBlock Origin, AdGuard and Brave redirect resources). */
  standIn: Signal;
  /** The confirming requests, made only after `adStack` or `standIn` saw something: an ad host unreachable while the page's own origin answers. Inconclusive when page code (a replaced `fetch`, a service worker) could have refused them. */
  network: Signal;
  /** The optional request to `probeUrl`, judged as the confirming requests are. */
  probe: Signal;
}

/** The result of one detection. */
export interface Verdict {
  /** `true` only when a deciding signal saw a blocker (see {@link Signals}). */
  blocked: boolean;
  /** What each signal concluded. */
  signals: Signals;
  /** Milliseconds from the call to the verdict. */
  elapsedMs: number;
  /** Why detection could not run or failed (no DOM, an error); absent when it ran normally. */
  reason?: string;
}

/** Options for {@link detect}. All optional. */
export interface DetectOptions {
  /** Run a fresh detection instead of sharing the one already made on this page. */
  recheck?: boolean;
  /**
   * Milliseconds to wait for evidence before answering "not blocked". Default 600. Half of it when
   * the page's AdSense or GPT ran and left a mark only the real library leaves, with nothing else
   * suspicious: see docs/how-detection-works.md.
   */
  timeout?: number;
  /** URLs of your own ad scripts (absolute, or relative to the page), matched by host and path. */
  adScripts?: readonly string[];
  /** An `http:`/`https:` URL to request; failing while the page's own origin answers counts as blocked (unless an ad library ran or is still loading). Off by default. */
  probeUrl?: string;
  /** `false` leaves the bait out (only the page's own ad stack is looked at). Default `true`. */
  bait?: boolean;
  /** `false` never makes the confirming requests, so network-level blocking goes unseen. Default `true`. */
  confirm?: boolean;
}
