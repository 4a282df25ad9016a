import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drainQueue } from '../../../src/queue/index';

type Fn = (api: unknown) => void;
const w = window as unknown as { politelyQueue?: { push(...f: Fn[]): number; length: number } | Fn[] };
const api = { name: 'Politely' };
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  delete w.politelyQueue;
  vi.restoreAllMocks();
});

describe('drainQueue', () => {
  it('calls functions queued before load, once each, in order, with the API', () => {
    const calls: string[] = [];
    w.politelyQueue = [(a) => calls.push('a' + (a === api)), (a) => calls.push('b' + (a === api))];
    drainQueue(api);
    expect(calls).toEqual(['atrue', 'btrue']);
  });

  it('after load, push calls at once and returns the length, like Array.push', () => {
    w.politelyQueue = [() => {}];
    drainQueue(api);
    const fn = vi.fn();
    expect(w.politelyQueue!.push(fn, fn)).toBe(3);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenCalledWith(api);
    expect(w.politelyQueue!.length).toBe(3);
  });

  it('works when no queue was set up before load (the snippet runs after)', () => {
    drainQueue(api);
    const q = (w.politelyQueue = w.politelyQueue || []);
    const fn = vi.fn();
    q.push(fn);
    expect(fn).toHaveBeenCalledWith(api);
  });

  it('isolates errors: one throwing function is warned about, the rest still run', () => {
    const after = vi.fn();
    w.politelyQueue = [
      () => {
        throw new Error('boom');
      },
      'not a function' as unknown as Fn,
      after,
    ];
    expect(() => drainQueue(api)).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0][0]).toBe('[politely] a politelyQueue function threw');
    const later = vi.fn();
    expect(() =>
      w.politelyQueue!.push(() => {
        throw new Error('later');
      }, later),
    ).not.toThrow();
    expect(later).toHaveBeenCalledOnce();
  });

  it('runs functions pushed while draining, after the ones already queued', () => {
    const calls: number[] = [];
    w.politelyQueue = [() => (calls.push(1), (w.politelyQueue as Fn[]).push(() => calls.push(3))), () => calls.push(2)];
    drainQueue(api);
    expect(calls).toEqual([1, 2, 3]);
  });

  it('is idempotent: a second copy of the script calls nothing twice', () => {
    const fn = vi.fn();
    w.politelyQueue = [fn];
    const first = drainQueue(api);
    const second = drainQueue({ other: true });
    expect(second).toBe(first);
    expect(fn).toHaveBeenCalledOnce();
    const next = vi.fn();
    w.politelyQueue!.push(next);
    expect(next).toHaveBeenCalledOnce();
    expect(next).toHaveBeenCalledWith(api);
  });
});
