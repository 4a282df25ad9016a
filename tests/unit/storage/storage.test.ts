import { afterEach, describe, expect, it, vi } from 'vitest';
import { countView, frequencyFacts, rememberDismissal, rememberShown, safeStorage } from '../../../src/storage/index';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  localStorage.clear();
});

const DAY = 864e5;

describe('safeStorage', () => {
  it('uses localStorage under politely: keys', () => {
    const s = safeStorage();
    s._set('politely:x', '1');
    expect(localStorage.getItem('politely:x')).toBe('1');
    expect(s._get('politely:x')).toBe('1');
    s._remove('politely:x');
    expect(s._get('politely:x')).toBeNull();
  });

  it('falls back to memory when even reading localStorage throws (a getter that throws, sandboxed iframes)', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const s = safeStorage();
      expect(() => s._set('politely:a', '1')).not.toThrow();
      expect(s._get('politely:a')).toBe('1');
      expect(() => s._remove('politely:a')).not.toThrow();
      expect(s._get('politely:a')).toBeNull();
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('keeps a value in memory when setItem throws QuotaExceededError', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const s = safeStorage();
    s._set('politely:q', '5');
    expect(s._get('politely:q')).toBe('5');
  });

  it('memory and none never touch Web Storage', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem');
    safeStorage('memory')._set('politely:m', '1');
    safeStorage('none')._set('politely:m', '1');
    expect(spy).not.toHaveBeenCalled();
  });
});

// The facts the frequency rules rest on (the rules themselves: tests/unit/flow/decide.test.ts).
describe('frequency facts', () => {
  const HOUR = 36e5;

  it('remembers "Not now": hours since it, for dismissDays', () => {
    const s = safeStorage('memory');
    const t0 = Date.UTC(2026, 0, 1);
    expect(frequencyFacts(s, t0)._hoursSinceDismissed).toBe(Infinity);
    rememberDismissal(s, 7, t0);
    expect(frequencyFacts(s, t0 + 6 * DAY)._hoursSinceDismissed).toBe(6 * 24);
  });

  it('dismissDays 0 stores nothing', () => {
    const s = safeStorage('memory');
    rememberDismissal(s, 0);
    expect(s._get('politely:dismissed')).toBeNull();
  });

  it('works with fake timers (Date.now default)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 5, 1));
    const s = safeStorage();
    rememberDismissal(s, 1);
    vi.setSystemTime(Date.UTC(2026, 5, 9));
    expect(frequencyFacts(s)._hoursSinceDismissed).toBe(8 * 24);
  });

  it('counts page views', () => {
    const s = safeStorage('memory');
    expect([countView(s), countView(s), countView(s)]).toEqual([1, 2, 3]);
    expect(s._get('politely:views')).toBe('3');
  });

  it('remembers when it was shown only where periodHours needs it', () => {
    const s = safeStorage('memory');
    const t0 = Date.UTC(2026, 0, 1);
    rememberShown(s, 0, t0);
    expect(s._get('politely:shown')).toBeNull();
    rememberShown(s, 24, t0);
    expect(frequencyFacts(s, t0 + 23 * HOUR)._hoursSinceShown).toBe(23);
  });

  it('treats garbage in storage as nothing stored', () => {
    localStorage.setItem('politely:dismissed', 'banana');
    localStorage.setItem('politely:views', '-5');
    const s = safeStorage();
    expect(frequencyFacts(s)._hoursSinceDismissed).toBe(Infinity);
    expect(countView(s)).toBe(1);
  });

  it.each([
    ['a time far in the future (a wrong clock)', () => String(Date.now() + 30 * DAY)],
    ['a tampered value that is no finite number', () => '1e400'],
    ['Infinity', () => 'Infinity'],
  ])('ignores %s, and the next write replaces it', (_name, value) => {
    localStorage.setItem('politely:dismissed', value());
    localStorage.setItem('politely:shown', value());
    const s = safeStorage();
    expect(frequencyFacts(s)).toEqual({ _hoursSinceDismissed: Infinity, _hoursSinceShown: Infinity });
    rememberDismissal(s, 7);
    expect(Number(localStorage.getItem('politely:dismissed'))).toBeLessThanOrEqual(Date.now());
    expect(frequencyFacts(s)._hoursSinceDismissed).toBeLessThan(1);
  });

  it('allows a reader clock a few minutes fast (within the skew allowance)', () => {
    const now = Date.UTC(2026, 0, 1);
    const s = safeStorage('memory');
    rememberDismissal(s, 7, now + 5 * 60e3);
    expect(frequencyFacts(s, now)._hoursSinceDismissed).toBeLessThan(0);
  });

  it('caps the page-view count (only "≥ N" matters)', () => {
    localStorage.setItem('politely:views', '99999999');
    expect(countView(safeStorage())).toBe(1);
    localStorage.setItem('politely:views', '9998');
    expect(countView(safeStorage())).toBe(9999);
  });
});
