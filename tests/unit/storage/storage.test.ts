import { afterEach, describe, expect, it, vi } from 'vitest';
import { allowed, countView, rememberDismissal, rememberShown, safeStorage } from '../../../src/storage/index';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const rules = { dismissDays: 7, minPageviews: 1, periodHours: 0 };
const DAY = 864e5;

describe('safeStorage', () => {
  it('uses localStorage under politely: keys', () => {
    const s = safeStorage();
    s.set('politely:x', '1');
    expect(localStorage.getItem('politely:x')).toBe('1');
    expect(s.get('politely:x')).toBe('1');
    s.remove('politely:x');
    expect(s.get('politely:x')).toBeNull();
  });

  it('falls back to memory when even reading localStorage throws (sandboxed iframe)', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const s = safeStorage();
    expect(() => s.set('politely:a', '1')).not.toThrow();
    expect(s.get('politely:a')).toBe('1');
    expect(() => s.remove('politely:a')).not.toThrow();
    expect(s.get('politely:a')).toBeNull();
  });

  it('keeps a value in memory when setItem throws QuotaExceededError', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const s = safeStorage();
    s.set('politely:q', '5');
    expect(s.get('politely:q')).toBe('5');
  });

  it('memory storage never touches Web Storage', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem');
    safeStorage('memory').set('politely:m', '1');
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('frequency rules', () => {
  it('remembers "Not now" for dismissDays, then allows again', () => {
    const s = safeStorage('memory');
    const t0 = Date.UTC(2026, 0, 1);
    rememberDismissal(s, 7, t0);
    expect(allowed(s, rules, 1, t0 + 6 * DAY)).toBe(false);
    expect(allowed(s, rules, 1, t0 + 7 * DAY)).toBe(true);
  });

  it('dismissDays 0 stores nothing', () => {
    const s = safeStorage('memory');
    rememberDismissal(s, 0);
    expect(s.get('politely:dismissed')).toBeNull();
    expect(allowed(s, { ...rules, dismissDays: 0 }, 1)).toBe(true);
  });

  it('works with fake timers (Date.now default)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 5, 1));
    const s = safeStorage();
    rememberDismissal(s, 1);
    expect(allowed(s, rules, 1)).toBe(false);
    vi.setSystemTime(Date.UTC(2026, 5, 9));
    expect(allowed(s, rules, 1)).toBe(true);
    vi.useRealTimers();
  });

  it('gates on page views', () => {
    const s = safeStorage('memory');
    const r = { ...rules, minPageviews: 3 };
    expect(allowed(s, r, countView(s))).toBe(false);
    expect(allowed(s, r, countView(s))).toBe(false);
    expect(allowed(s, r, countView(s))).toBe(true);
    expect(s.get('politely:views')).toBe('3');
  });

  it('shows at most once per period', () => {
    const s = safeStorage('memory');
    const t0 = Date.UTC(2026, 0, 1);
    rememberShown(s, t0);
    const r = { ...rules, periodHours: 24 };
    expect(allowed(s, r, 1, t0 + 23 * 36e5)).toBe(false);
    expect(allowed(s, r, 1, t0 + 24 * 36e5)).toBe(true);
    expect(allowed(s, rules, 1, t0 + 1)).toBe(true);
  });

  it('treats garbage in storage as nothing stored', () => {
    localStorage.setItem('politely:dismissed', 'banana');
    expect(allowed(safeStorage(), rules, 1)).toBe(true);
  });
});
