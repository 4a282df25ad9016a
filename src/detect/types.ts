/**
 * What one probe concluded.
 * - `blocked`: it saw a blocker at work.
 * - `clear`: it looked and saw none.
 * - `inconclusive`: it could not tell (no layout, printing, still loading at the deadline, an error…).
 * - `off`: it did not run (nothing to look at, or not asked for).
 */
export type Signal = 'blocked' | 'clear' | 'inconclusive' | 'off';

/** One {@link Signal} per independent probe. */
export interface Signals {
  /** Bait elements named after today's EasyList generic hiding rules. */
  bait: Signal;
  /** The page's own ad scripts (AdSense, GPT, Prebid, Amazon TAM, or ones named in options). */
  adStack: Signal;
  /** The optional request to a publisher-chosen URL. */
  probe: Signal;
}

/** The result of one detection. */
export interface Verdict {
  /** `true` only when at least one probe saw a blocker. */
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
  /** Milliseconds to wait for evidence before answering "not blocked". Default 600. */
  timeout?: number;
  /** More ad scripts to watch, by a part of their URL (e.g. `"/ads/loader.js"`). */
  adScripts?: string[];
  /** An `http:`/`https:` URL to request; a failed request counts as blocked. Off by default. */
  probeUrl?: string;
  /**
   * Says whether an element is laid out and visible. The default reads layout
   * (`offsetHeight`); tests without layout (jsdom) pass their own.
   */
  isRendered?: (el: HTMLElement) => boolean;
}
