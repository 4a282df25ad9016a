// Error containment: whatever fails inside Politely is one [politely] warning, never an exception.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guard } from '../../../src/api/guard';

afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock('../../../src/locales/select');
  vi.resetModules();
});

describe('guard', () => {
  it('returns what the wrapped function returns', () => {
    expect(guard((a: number, b: number) => a + b)(2, 3)).toBe(5);
  });

  it('turns a throw into one [politely] warning and the fallback', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wrapped = guard(() => {
      throw new Error('boom');
    }, 'fallback');
    expect(wrapped()).toBe('fallback');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[politely\] /);
  });
});

describe('init when Politely itself fails', () => {
  it('warns once and returns an inert controller whose methods do nothing and never throw', async () => {
    vi.doMock('../../../src/locales/select', () => ({
      pickLocale: () => {
        throw new Error('locale table corrupted');
      },
    }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { init } = await import('../../../src/api/index');
    const c = init({ storage: 'memory' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('[politely] init failed');
    expect(() => {
      c.show();
      c.hide();
      c.destroy();
    }).not.toThrow();
    await expect(c.ready).resolves.toBeUndefined();
    expect(document.querySelector('[data-politely-prompt]')).toBeNull();
  });
});
