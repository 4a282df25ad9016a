import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { drainQueue } from '../../../src/queue/index';

type Fn = (api: unknown) => void;
const w = window as unknown as { politelyQueue?: unknown };
const q = () => w.politelyQueue as { push(...f: Fn[]): number; length: number };
const api = { name: 'Politely' };
let warn: MockInstance<typeof console.warn>;
const warnings = () => warn.mock.calls.map((c) => String(c[0]));

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  Reflect.deleteProperty(window, 'politelyQueue');
  vi.restoreAllMocks();
});

describe('drainQueue', () => {
  it('calls functions queued before load, once each, in order, with the API', () => {
    const calls: string[] = [];
    w.politelyQueue = [(a: unknown) => calls.push('a' + (a === api)), (a: unknown) => calls.push('b' + (a === api))];
    drainQueue(api);
    expect(calls).toEqual(['atrue', 'btrue']);
  });

  it('after load, push calls at once and returns the length, like Array.push', () => {
    w.politelyQueue = [() => {}];
    drainQueue(api);
    const fn = vi.fn();
    expect(q().push(fn, fn)).toBe(3);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenCalledWith(api);
    expect(q().length).toBe(3);
  });

  it('works when no queue was set up before load (the snippet runs after)', () => {
    drainQueue(api);
    const queue = (w.politelyQueue ||= []) as { push(f: Fn): number };
    const fn = vi.fn();
    queue.push(fn);
    expect(fn).toHaveBeenCalledWith(api);
  });

  it('isolates errors: a throwing function is warned about, the rest still run; what is no function is said once', () => {
    const after = vi.fn();
    w.politelyQueue = [
      () => {
        throw new Error('boom');
      },
      'not a function',
      after,
    ];
    expect(() => drainQueue(api)).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(warnings()).toEqual(['[politely] a callback threw:', '[politely] politelyQueue: 1 item(s) that are not functions ignored']);
  });

  it.each([
    ['a string', 'disabled', '"disabled"'],
    ['an object with a push of its own', { push: () => 0 }, '[object Object]'],
    ['a number', 42, '42'],
    ['null', null, 'null'],
  ])('a queue that is %s: no throw, said once, replaced by the live queue', (_name, value, shown) => {
    w.politelyQueue = value;
    expect(() => drainQueue(api)).not.toThrow();
    expect(warnings()).toEqual([`[politely] politelyQueue holds ${shown}, not an array of functions; ignored`]);
    const fn = vi.fn();
    q().push(fn);
    expect(fn).toHaveBeenCalledWith(api);
  });

  it('a frozen array: its functions run, and the live queue replaces it', () => {
    const fn = vi.fn();
    w.politelyQueue = Object.freeze([fn]);
    drainQueue(api);
    expect(fn).toHaveBeenCalledOnce();
    const later = vi.fn();
    q().push(later);
    expect(later).toHaveBeenCalledOnce();
    expect(warn).not.toHaveBeenCalled();
  });

  it('a queue behind a getter that throws, and that cannot be replaced: no throw, one warning', () => {
    Object.defineProperty(window, 'politelyQueue', {
      configurable: true,
      get() {
        throw new Error('hostile');
      },
    });
    expect(() => drainQueue(api)).not.toThrow();
    expect(warnings()).toEqual(['[politely] window.politelyQueue cannot be replaced: functions pushed later will not run']);
  });

  it('a second copy of the script finds the live queue and calls nothing again', () => {
    const fn = vi.fn();
    w.politelyQueue = [fn];
    drainQueue(api);
    drainQueue({ other: true });
    expect(fn).toHaveBeenCalledOnce();
    const later = vi.fn();
    q().push(later);
    expect(later).toHaveBeenCalledWith(api);
  });

  it('a queue inherited from a polluted Object.prototype is not the page’s', () => {
    const fn = vi.fn();
    (Object.prototype as Record<string, unknown>).politelyQueue = [fn];
    try {
      drainQueue(api);
      expect(fn).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      delete (Object.prototype as Record<string, unknown>).politelyQueue;
    }
  });
});
