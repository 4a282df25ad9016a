import type { Verdict } from '../detect/index';
import type { SuppressReason } from '../suppress/index';

/** What the decision to show rests on, gathered by the flow: nothing here reads the page. */
export interface Facts {
  /** Preview: show, labelled, whatever else is true. */
  _preview: boolean;
  /** The page rule that suppresses the prompt on this page view (subscribers, paid pages, bots). */
  _suppressedBy?: SuppressReason;
  /** Detection's answer (none in preview). */
  _verdict?: Verdict;
  /** Page views counted so far, this one included (counted only when `minPageviews` is above 1). */
  _views: number;
  _minPageviews: number;
  /** Hours since "Not now" (`Infinity`: never). */
  _hoursSinceDismissed: number;
  _dismissDays: number;
  /** Hours since the prompt was last shown (`Infinity`: never). */
  _hoursSinceShown: number;
  _periodHours: number;
  /** What `shouldShow` said of this verdict: `undefined` until asked (it is asked last). */
  _shouldShow?: boolean;
  /** The reader pressed "Reload page" in the prompt on the previous page view. */
  _reloaded: boolean;
}

/** The rule behind a decision: the debug log quotes it. */
export type Why =
  'preview' | 'suppressed' | 'not blocked' | 'reloaded' | 'minPageviews' | 'dismissDays' | 'periodHours' | 'shouldShow' | 'blocked';

/** What to show: nothing, the ask, or the brief thank-you after an allowlist-and-reload. */
export interface Decision {
  _show: 'none' | 'ask' | 'thanks';
  _why: Why;
}

const decision = (show: Decision['_show'], why: Why): Decision => ({ _show: show, _why: why });

/**
 * The decision, as a pure function of the facts, in the order the rules apply: preview shows;
 * a page rule suppresses; without a blocker, nothing (or the thank-you after "Reload page");
 * then the frequency rules (`minPageviews`, `dismissDays`, `periodHours`), then `shouldShow`,
 * which has the last word.
 */
export function decide(f: Facts): Decision {
  if (f._preview) return decision('ask', 'preview');
  if (f._suppressedBy) return decision('none', 'suppressed');
  if (!f._verdict?.blocked) return f._reloaded ? decision('thanks', 'reloaded') : decision('none', 'not blocked');
  if (f._views < f._minPageviews) return decision('none', 'minPageviews');
  if (f._hoursSinceDismissed < f._dismissDays * 24) return decision('none', 'dismissDays');
  if (f._hoursSinceShown < f._periodHours) return decision('none', 'periodHours');
  if (f._shouldShow === false) return decision('none', 'shouldShow');
  return decision('ask', 'blocked');
}
