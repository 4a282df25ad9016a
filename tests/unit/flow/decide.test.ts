// The decision, as a table: each row is a set of facts and what decide() makes of them, with the
// rule it names (the debug log quotes it). decide() reads nothing but its argument.
import { describe, expect, it } from 'vitest';
import { decide, type Facts } from '../../../src/flow/decide';
import type { Verdict } from '../../../src/detect/types';

const verdict = (blocked: boolean): Verdict => ({
  blocked,
  signals: { bait: blocked ? 'blocked' : 'clear', adSlots: 'off', adStack: 'off', standIn: 'off', network: 'off', probe: 'off' },
  elapsedMs: 1,
});
const base: Facts = {
  _preview: false,
  _verdict: verdict(true),
  _views: 1,
  _minPageviews: 1,
  _hoursSinceDismissed: Infinity,
  _dismissDays: 7,
  _hoursSinceShown: Infinity,
  _periodHours: 0,
  _reloaded: false,
};

const TABLE: [string, Partial<Facts>, string, string][] = [
  ['blocked, every rule allows it', {}, 'ask', 'blocked'],
  ['not blocked', { _verdict: verdict(false) }, 'none', 'not blocked'],
  ['no verdict (detection did not run)', { _verdict: undefined }, 'none', 'not blocked'],
  ['not blocked after "Reload page": the thank-you', { _verdict: verdict(false), _reloaded: true }, 'thanks', 'reloaded'],
  ['still blocked after "Reload page": the ask again', { _reloaded: true }, 'ask', 'blocked'],
  ['preview, not blocked', { _preview: true, _verdict: undefined }, 'ask', 'preview'],
  [
    'preview wins over every rule',
    { _preview: true, _suppressedBy: 'cookie', _hoursSinceDismissed: 1, _views: 0, _minPageviews: 5 },
    'ask',
    'preview',
  ],
  ['a subscriber (skipCookie)', { _suppressedBy: 'cookie' }, 'none', 'suppressed'],
  ['an automated browser (skipBots)', { _suppressedBy: 'automation' }, 'none', 'suppressed'],
  ['suppressed wins over the thank-you', { _suppressedBy: 'selector', _verdict: verdict(false), _reloaded: true }, 'none', 'suppressed'],
  ['too few page views', { _views: 2, _minPageviews: 3 }, 'none', 'minPageviews'],
  ['enough page views', { _views: 3, _minPageviews: 3 }, 'ask', 'blocked'],
  ['"Not now" six days ago (7 days)', { _hoursSinceDismissed: 6 * 24 }, 'none', 'dismissDays'],
  ['"Not now" seven days ago', { _hoursSinceDismissed: 7 * 24 }, 'ask', 'blocked'],
  ['"Not now" with dismissDays 0', { _hoursSinceDismissed: 1, _dismissDays: 0 }, 'ask', 'blocked'],
  ['shown 23 h ago (24 h period)', { _hoursSinceShown: 23, _periodHours: 24 }, 'none', 'periodHours'],
  ['shown 24 h ago', { _hoursSinceShown: 24, _periodHours: 24 }, 'ask', 'blocked'],
  ['shouldShow says no', { _shouldShow: false }, 'none', 'shouldShow'],
  ['shouldShow says yes', { _shouldShow: true }, 'ask', 'blocked'],
  [
    'page views before "Not now" before period before shouldShow',
    { _views: 1, _minPageviews: 2, _hoursSinceDismissed: 1, _hoursSinceShown: 1, _periodHours: 5, _shouldShow: false },
    'none',
    'minPageviews',
  ],
  [
    '"Not now" before period before shouldShow',
    { _hoursSinceDismissed: 1, _hoursSinceShown: 1, _periodHours: 5, _shouldShow: false },
    'none',
    'dismissDays',
  ],
  ['period before shouldShow', { _hoursSinceShown: 1, _periodHours: 5, _shouldShow: false }, 'none', 'periodHours'],
];

describe('decide(facts)', () => {
  it.each(TABLE)('%s → %s (%s)', (_name, facts, show, why) => {
    expect(decide({ ...base, ...facts })).toEqual({ _show: show, _why: why });
  });

  it('is pure: the same facts, the same decision, and the facts untouched', () => {
    const facts = { ...base, _hoursSinceDismissed: 3 };
    const copy = structuredClone(facts);
    expect(decide(facts)).toEqual(decide(facts));
    expect(facts).toEqual(copy);
  });
});
