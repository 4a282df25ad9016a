// The blocker the steps open on, guessed from the evidence, as a table: the browser and which
// signals saw the blocker → the guess.
import { describe, expect, it } from 'vitest';
import type { Signals } from '../../../src/detect/types';
import { guessBlocker } from '../../../src/view/guess';
import { verdict } from './open';

const UA = {
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  opera: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/116.0.0.0',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  chromeOnIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1',
};
const nav = (ua: keyof typeof UA, brave = false) =>
  ({ userAgent: UA[ua], ...(brave ? { brave: { isBrave: async () => true } } : {}) }) as unknown as Navigator;
const cosmetic: Partial<Signals> = { bait: 'blocked', adSlots: 'blocked' };
const networkOnly: Partial<Signals> = { adStack: 'blocked', network: 'blocked', bait: 'clear' };
const standIn: Partial<Signals> = { standIn: 'blocked', network: 'blocked', bait: 'clear' };

const TABLE: [string, keyof typeof UA, boolean, Partial<Signals> | undefined, string][] = [
  ['Brave (navigator.brave), requests failing and a stand-in (its default Shields)', 'chrome', true, standIn, 'brave'],
  ['Brave, hiding too', 'chrome', true, cosmetic, 'brave'],
  ['a stand-in script (uBlock Origin’s redirect resources)', 'chrome', false, standIn, 'ublock'],
  ['a stand-in, in Firefox', 'firefox', false, standIn, 'ublock'],
  ['hiding in Chrome (an extension’s cosmetic filtering)', 'chrome', false, cosmetic, 'adblockplus'],
  ['hiding in Firefox', 'firefox', false, cosmetic, 'ublock'],
  ['hiding in Opera (its own blocker)', 'opera', false, cosmetic, 'opera'],
  ['hiding in Safari (a content blocker)', 'safari', false, cosmetic, 'safari'],
  ['anything on an iPhone’s Safari', 'iphone', false, networkOnly, 'safari'],
  ['requests failing, nothing hidden, Chrome: a DNS filter, a VPN, a router', 'chrome', false, networkOnly, 'network'],
  ['the same on Android (Private DNS)', 'android', false, networkOnly, 'network'],
  ['the same in Chrome on an iPhone (no content blockers there)', 'chromeOnIphone', false, networkOnly, 'network'],
  ['requests failing in Firefox: Enhanced Tracking Protection, strict', 'firefox', false, networkOnly, 'firefox'],
  ['requests failing in Edge: tracking prevention, strict', 'edge', false, networkOnly, 'edge'],
  ['requests failing in Opera', 'opera', false, networkOnly, 'opera'],
  ['the probe failing, nothing else', 'chrome', false, { probe: 'blocked' }, 'network'],
  ['no verdict (preview) in Chrome', 'chrome', false, undefined, 'unknown'],
  ['no verdict in Safari', 'safari', false, undefined, 'safari'],
  ['no verdict in Opera', 'opera', false, undefined, 'opera'],
  ['no verdict in Brave', 'chrome', true, undefined, 'brave'],
  ['not blocked (a recheck)', 'chrome', false, { bait: 'clear' }, 'unknown'],
];

describe('guessBlocker with a stand-in answering when the prompt opens', () => {
  it('hiding decided the verdict before the stand-in ran: uBlock Origin, not Adblock Plus', () => {
    expect(guessBlocker(verdict(cosmetic), nav('chrome'))).toBe('adblockplus');
    expect(guessBlocker(verdict(cosmetic), nav('chrome'), true)).toBe('ublock');
  });
  it('Brave still first; a preview with a stand-in on the page: uBlock Origin', () => {
    expect(guessBlocker(verdict(cosmetic), nav('chrome', true), true)).toBe('brave');
    expect(guessBlocker(undefined, nav('chrome'), true)).toBe('ublock');
  });
});

describe('guessBlocker', () => {
  it.each(TABLE)('%s → %s', (_name, ua, brave, signals, guess) => {
    expect(guessBlocker(signals && verdict(signals), nav(ua, brave))).toBe(guess);
  });
});
