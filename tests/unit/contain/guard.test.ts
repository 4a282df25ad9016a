// Error containment: whatever fails inside Politely is one [politely] warning, never an exception.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guard, safeCall, safeRead } from '../../../src/contain/guard';

afterEach(() => {
  vi.restoreAllMocks();
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
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[politely\] internal error/);
  });
});

describe('safeCall and safeRead', () => {
  it('a throwing callback is one warning; its result is passed through otherwise', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(safeCall((n: number) => n * 2, 21)).toBe(42);
    expect(safeCall(undefined, 1)).toBeUndefined();
    expect(() =>
      safeCall(() => {
        throw new Error('analytics down');
      }, 1),
    ).not.toThrow();
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['[politely] a callback threw:']);
  });

  it('a read that throws (a hostile getter) reads as undefined', () => {
    const hostile = Object.defineProperty({}, 'x', {
      get() {
        throw new Error('no');
      },
    }) as { x: number };
    expect(safeRead(() => hostile.x)).toBeUndefined();
    expect(safeRead(() => 7)).toBe(7);
  });
});

describe('init when Politely itself fails', () => {
  it('warns once and returns an inert controller whose methods do nothing and never throw', async () => {
    vi.doMock('../../../src/flow/controller', () => ({
      createController: () => {
        throw new Error('controller corrupted');
      },
    }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { init } = await import('../../../src/index');
    const c = init({ storage: 'memory', supportUrl: '/support' });
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['[politely] init failed:']);
    expect(() => {
      c.show();
      c.hide();
      c.destroy();
    }).not.toThrow();
    await expect(c.ready).resolves.toBeUndefined();
    expect(document.querySelector('[data-politely-prompt]')).toBeNull();
    vi.doUnmock('../../../src/flow/controller');
  });
});
