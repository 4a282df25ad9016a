import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { botKind } from '../../../src/suppress/bots';
import { pageRuleAgainst, shouldShowAllows, type SuppressRules } from '../../../src/suppress/rules';
import type { Verdict } from '../../../src/detect/types';

const verdict = {
  blocked: true,
  signals: { bait: 'blocked', adSlots: 'off', adStack: 'off', standIn: 'off', network: 'off', probe: 'off' },
  elapsedMs: 5,
} as Verdict;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  document.cookie = 'politely_sub=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  document.cookie = 'xpolitely_sub=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  localStorage.clear();
  document.body.innerHTML = '';
});

/** The rules, with the options' defaults for the others. */
const rules = (r: Partial<SuppressRules> = {}): SuppressRules => ({
  skipCookie: undefined,
  skipStorageKey: undefined,
  skipSelector: undefined,
  skipBots: true,
  ...r,
});

describe('pageRuleAgainst', () => {
  it('shows by default on a reader’s page (jsdom is no bot)', () => {
    expect(pageRuleAgainst(rules())).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('skipCookie: the exact cookie name, not a suffix match', () => {
    document.cookie = 'xpolitely_sub=1';
    expect(pageRuleAgainst(rules({ skipCookie: 'politely_sub' }))).toBeUndefined();
    document.cookie = 'politely_sub=yes';
    expect(pageRuleAgainst(rules({ skipCookie: 'politely_sub' }))).toBe('cookie');
  });

  it('skipStorageKey: present → storage; an empty value still counts', () => {
    expect(pageRuleAgainst(rules({ skipStorageKey: 'sub' }))).toBeUndefined();
    localStorage.setItem('sub', '');
    expect(pageRuleAgainst(rules({ skipStorageKey: 'sub' }))).toBe('storage');
  });

  it('reads that throw (sandboxed iframe) count as absent and never throw', () => {
    vi.spyOn(Document.prototype, 'cookie', 'get').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    expect(pageRuleAgainst(rules({ skipCookie: 'a', skipStorageKey: 'b' }))).toBeUndefined();
  });

  it('skipSelector: matches paid content; an invalid selector warns once per call and is ignored', () => {
    expect(pageRuleAgainst(rules({ skipSelector: '.paywall' }))).toBeUndefined();
    document.body.innerHTML = '<article class="paywall"></article>';
    expect(pageRuleAgainst(rules({ skipSelector: '.paywall' }))).toBe('selector');
    expect(pageRuleAgainst(rules({ skipSelector: '[[nope' }))).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toBe('[politely] skipSelector "[[nope" is not a CSS selector; ignored');
  });

  it('skipBots: navigator.webdriver, unless skipBots is false', () => {
    // jsdom has no navigator.webdriver; automated Chromium sets it to true.
    Object.defineProperty(navigator, 'webdriver', { configurable: true, get: () => true });
    try {
      expect(pageRuleAgainst(rules())).toBe('automation');
      expect(pageRuleAgainst(rules({ skipBots: false }))).toBeUndefined();
    } finally {
      delete (navigator as { webdriver?: boolean }).webdriver;
    }
  });

  it('skipBots: a crawler user agent', () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
    expect(pageRuleAgainst(rules())).toBe('crawler');
  });

  it('reports the first rule that matched, in the documented order', () => {
    document.cookie = 'politely_sub=1';
    localStorage.setItem('sub', '1');
    expect(pageRuleAgainst(rules({ skipCookie: 'politely_sub', skipStorageKey: 'sub' }))).toBe('cookie');
  });
});

describe('shouldShowAllows', () => {
  it('false or a throw keeps the prompt hidden (reader-friendly); true shows; no callback shows', () => {
    const no = vi.fn(() => false);
    expect(shouldShowAllows(no, verdict)).toBe(false);
    expect(no).toHaveBeenCalledWith(verdict);
    expect(shouldShowAllows(() => true, verdict)).toBe(true);
    expect(shouldShowAllows(undefined, verdict)).toBe(true);
    const boom = () => {
      throw new Error('x');
    };
    expect(shouldShowAllows(boom, verdict)).toBe(false);
    expect(warn).toHaveBeenCalledWith('[politely] shouldShow threw, so the prompt is not shown:', expect.any(Error));
  });
});

describe('botKind', () => {
  const nav = (userAgent: string, webdriver = false) => ({ userAgent, webdriver }) as Navigator;
  const crawlers = [
    'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/120.0 Safari/537.36',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)',
    'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
    'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Twitterbot/1.0',
    'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
    'AdsBot-Google (+http://www.google.com/adsbot.html)',
  ];
  it.each(crawlers)('crawler: %s', (ua) => expect(botKind(nav(ua))).toBe('crawler'));

  const readers = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    'Mozilla/5.0 (Linux; Android 9; CUBOT P30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  ];
  it.each(readers)('reader: %s', (ua) => expect(botKind(nav(ua))).toBeUndefined());

  it('navigator.webdriver (Playwright, Selenium, Puppeteer)', () => expect(botKind(nav(readers[0], true))).toBe('automation'));
});
