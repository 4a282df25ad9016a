/**
 * What one probe concluded.
 * - `blocked`: it saw a blocker at work.
 * - `clear`: it looked and saw none.
 * - `inconclusive`: it could not tell (no layout, printing, offline, a policy refusing the check,
 *   evidence that disagrees, still loading at the deadline…).
 * - `off`: it did not run (nothing to look at, or turned off).
 */
export type Signal = 'blocked' | 'clear' | 'inconclusive' | 'off';

/**
 * One {@link Signal} per probe. `bait`, `standIn`, `network` and `probe` each decide alone;
 * `adSlots` and `adStack` only corroborate: the page's own CSS can hide its slots, and an ad
 * script fails for many reasons besides a blocker (a 404, a reset, an outage).
 */
export interface Signals {
  /** Three bait elements, each matched by a different kind of EasyList generic hiding rule: all hidden while a control stays laid out. */
  bait: Signal;
  /** The page's own ad slots (`ins.adsbygoogle`, `div-gpt-ad…`) hidden as blockers hide them. Corroborates only. */
  adSlots: Signal;
  /** The page's own ad libraries (AdSense, Google Publisher Tag, or `adScripts`), matched by host and path: failed to load, or missing once the page has loaded. Corroborates only. */
  adStack: Signal;
  /** An ad library answered by a blocker's stand-in script (uBlock Origin, AdGuard and Brave redirect resources). */
  standIn: Signal;
  /** The confirming requests, made only after `adStack` or `standIn` saw something: an ad host unreachable while the page's own origin answers. */
  network: Signal;
  /** The optional request to `probeUrl`. */
  probe: Signal;
}

/** The result of one detection. */
export interface Verdict {
  /** `true` only when a deciding probe (`bait`, `standIn`, `network` or `probe`) saw a blocker. */
  blocked: boolean;
  /** What each probe concluded. */
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
  adScripts?: string[];
  /** An `http:`/`https:` URL to request; a failed request while online counts as blocked. Off by default. */
  probeUrl?: string;
  /** `false` leaves the bait out (only the page's own ad stack is looked at). Default `true`. */
  bait?: boolean;
  /** `false` never makes the confirming requests, so network-level blocking goes unseen. Default `true`. */
  confirm?: boolean;
}
