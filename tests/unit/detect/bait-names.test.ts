// @vitest-environment jsdom
// Reads the real EasyList and fails the day a bait element stops being hidden by its generic rule,
// or gets a generic exception: the bait would then prove nothing. Each element is matched by a
// different kind of rule, and every rule is matched by exactly one element.
import { describe, expect, it } from 'vitest';
import { BAITS } from '../../../src/detect/bait-names';
import { easyListText } from '../../browser/harness/requirements';

const lines = new Set(
  easyListText()
    .split('\n')
    .map((l) => l.trim()),
);
/** The generic hiding rule for each bait element, by kind. */
const RULES = ['[class^="div-gpt-ad"]', '[data-ad-manager-id]', 'DFP-AD'];
const element = ([tag, name, value]: readonly [string, string, string]) => {
  const el = document.createElement(tag);
  if (name) el.setAttribute(name, value);
  return el;
};

describe('bait names against today’s EasyList', () => {
  it('the list is the real EasyList', () => {
    expect(easyListText().slice(0, 200)).toContain('Title: EasyList');
    expect(lines.size).toBeGreaterThan(10_000);
  });

  it.each(RULES)('%s is a generic hiding rule, never generically unhidden', (rule) => {
    expect(lines.has(`##${rule}`)).toBe(true);
    expect(lines.has(`#@#${rule}`)).toBe(false);
  });

  it('each bait element is hidden by exactly one of the rules, each of a different kind', () => {
    expect(BAITS).toHaveLength(RULES.length);
    BAITS.forEach((bait, i) => expect(RULES.map((r) => element(bait).matches(r))).toEqual(RULES.map((_, j) => i == j)));
    // Kinds: an attribute-prefix rule, an attribute-presence rule, an element-name rule.
    expect(new Set(BAITS.map(([tag, name]) => tag + name)).size).toBe(3);
  });

  it('no bait name is one publishers give their own slots (those the page’s CSS hides for subscribers or on phones)', () => {
    const names = BAITS.map(([, , value]) => value).join(' ');
    for (const common of ['ad-slot', 'banner-ad', 'adsbygoogle', 'advert']) expect(names).not.toContain(common);
  });

  it('older detectors’ bait is gone from the generic rules (why they detect nothing today)', () => {
    // FuckAdBlock's classes: gone from EasyList's generic rules, which is why it detects nothing.
    for (const stale of ['pub_300x250', 'pub_728x90', 'text-ad', 'textAd', 'text_ad', 'text-ad-links'])
      expect(lines.has(`##.${stale}`), stale).toBe(false);
  });
});
