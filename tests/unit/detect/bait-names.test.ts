// @vitest-environment node
// Reads the real EasyList and fails the day a bait name stops being hidden by a generic rule,
// or gets a generic exception: the bait would then prove nothing.
import { describe, expect, it } from 'vitest';
import { BAIT, BAIT_CLASSES, BAIT_CLASS_PREFIX } from '../../../src/detect/bait-names';
import { easyListText } from '../../browser/harness/requirements';

const lines = new Set(
  easyListText()
    .split('\n')
    .map((l) => l.trim()),
);

describe('bait names against today’s EasyList', () => {
  it('the list is the real EasyList', () => {
    expect(easyListText().slice(0, 200)).toContain('Title: EasyList');
    expect(lines.size).toBeGreaterThan(10_000);
  });

  it.each(BAIT_CLASSES)('class %s is hidden by a generic rule and never generically unhidden', (name) => {
    expect(lines.has(`##.${name}`)).toBe(true);
    expect(lines.has(`#@#.${name}`)).toBe(false);
  });

  it('the class prefix is hidden by a generic attribute rule and never generically unhidden', () => {
    expect(lines.has(`##[class^="${BAIT_CLASS_PREFIX}"]`)).toBe(true);
    expect(lines.has(`#@#[class^="${BAIT_CLASS_PREFIX}"]`)).toBe(false);
  });

  it('the bait carries every name, the prefix first (the attribute rule matches the start)', () => {
    expect(BAIT.startsWith(BAIT_CLASS_PREFIX)).toBe(true);
    for (const name of BAIT_CLASSES) expect(BAIT.split(' ')).toContain(name);
  });

  it('older detectors’ bait is gone from the generic rules (why they detect nothing today)', () => {
    // FuckAdBlock's classes: gone from EasyList's generic rules, which is why it detects nothing.
    for (const stale of ['pub_300x250', 'pub_728x90', 'text-ad', 'textAd', 'text_ad', 'text-ad-links'])
      expect(lines.has(`##.${stale}`), stale).toBe(false);
  });
});
