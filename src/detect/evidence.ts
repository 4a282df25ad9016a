// What detection has seen, and the verdict rule that turns it into "blocked" or "not blocked".
// Pure: no DOM, no clock. docs/how-detection-works.md states the same rule in words.

/**
 * What one signal has seen, as a number so that evidence combines with `Math.max` (the
 * strongest wins): 0 off, 1 clear, 2 inconclusive, 3 blocked. Named only in the verdict
 * ({@link SIGNAL_NAMES}).
 */
export type Seen = 0 | 1 | 2 | 3;
export const OFF = 0;
export const CLEAR = 1;
export const INCONCLUSIVE = 2;
export const BLOCKED = 3;

/** The public names of the {@link Seen} values, in order. */
export const SIGNAL_NAMES = ['off', 'clear', 'inconclusive', 'blocked'] as const;

/** Everything the signals have seen so far. `undefined`: a request still waiting for its answer. */
export interface Evidence {
  bait: Seen;
  adSlots: Seen;
  adStack: Seen;
  standIn: Seen;
  network: Seen | undefined;
  probe: Seen | undefined;
  /**
   * An ad library of the page ran for real (its own marks, not a stand-in's), or is still on its
   * way (neither run nor failed yet): the ads reached the reader, or may yet.
   */
  _libraryRanOrLoading: boolean;
  /** A mark only the real library leaves (an AdSense frame loading its ad, GPT's version). */
  _realMark: boolean;
}

/**
 * The verdict rule. "Blocked" when:
 * - the bait is hidden (every bait element, while the control is laid out), or
 * - a blocker's stand-in script answered an ad library, or
 * - a confirming request (`network`) or the publisher's `probeUrl` failed while the page's own
 *   origin answered — unless an ad library of the page ran for real, or is still on its way, and
 *   no stand-in was seen: then the ads reached (or may yet reach) the reader, and the failure is
 *   the network's (a proxy, a school filter, a captive portal, a flaky connection), not a
 *   blocker's. A blocker makes the library fail, and fast; a library still loading at the
 *   deadline is a slow network.
 * `adSlots` and `adStack` never decide: the page's own CSS hides slots, and ad scripts fail for
 * many reasons. They start the confirming requests.
 */
export function isBlocked(e: Evidence): boolean {
  const adsMayReachTheReader = e._libraryRanOrLoading && e.standIn != BLOCKED;
  return e.bait == BLOCKED || e.standIn == BLOCKED || (!adsMayReachTheReader && (e.network == BLOCKED || e.probe == BLOCKED));
}

/**
 * Whether a "blocked" verdict can be given now: a stand-in waits for its confirming request, so
 * that the verdict names both.
 */
export const canAnswerBlocked = (e: Evidence): boolean => isBlocked(e) && (e.standIn != BLOCKED || e.network !== undefined);

/**
 * What only a page without a blocker shows, which allows "not blocked" at half the deadline:
 * the page has loaded, every ad library on it ran and one left a mark only the real library
 * leaves, the bait (if used) is laid out, no slot is hidden, and no request waits for an answer.
 */
export const looksClean = (e: Evidence, pageLoaded: boolean): boolean =>
  pageLoaded &&
  e.adStack == CLEAR &&
  e._realMark &&
  e.standIn != BLOCKED &&
  e.bait < INCONCLUSIVE &&
  e.adSlots < BLOCKED &&
  e.network !== undefined &&
  e.probe !== undefined;
