import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The same real-TCF fixture the browser tier uses: IAB Tech Lab's CmpApi + real TC strings.
// @ts-expect-error: a plain ESM fixture, no types
import { createTestCmp } from '../../browser/fixtures/tcf/cmp.mjs';
import { consent, explicitConsent } from '../../../src/api/consent';
import { createConsentGate as create, type ConsentGate } from '../../../src/consent/index';
import { TCF_WAIT_MS } from '../../../src/consent/tcf';

type TestCmp = ReturnType<typeof createTestCmp> & Record<string, (...a: unknown[]) => unknown>;
const w = window as unknown as { __tcfapi?: unknown };
let gate: ConsentGate | undefined;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  gate?._destroy();
  // The explicit signal is the page's: reset it, as a fresh page would have it.
  consent(false);
  gate = undefined;
  delete w.__tcfapi;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const cmp = (): TestCmp => createTestCmp();
/** A gate with the options' defaults (purpose 1, no event), reading the page's explicit signals. */
const createConsentGate = (o: { tcfPurpose?: number; event?: string } = {}) =>
  create({ consentPurpose: o.tcfPurpose ?? 1, consentEvent: o.event }, explicitConsent);

describe('consent gate with a real TCF v2.2 API', () => {
  it('grants when the reader consents to Purpose 1', () => {
    const c = cmp();
    gate = createConsentGate();
    expect(gate._granted()).toBe(false);
    c.grant();
    expect(gate._granted()).toBe(true);
  });

  it('stays closed when the reader refuses, and while the CMP UI is showing', () => {
    const c = cmp();
    gate = createConsentGate();
    c.showUi();
    expect(gate._granted()).toBe(false);
    c.refuse();
    expect(gate._granted()).toBe(false);
  });

  it('stays closed when only another purpose is consented', () => {
    const c = cmp();
    gate = createConsentGate();
    c.grant([2, 3]);
    expect(gate._granted()).toBe(false);
  });

  it('requires the configured purpose', () => {
    const c = cmp();
    gate = createConsentGate({ tcfPurpose: 3 });
    c.grant([1]);
    expect(gate._granted()).toBe(false);
    c.grant([1, 3]);
    expect(gate._granted()).toBe(true);
  });

  it('grants later, after an initial refusal, and tells onChange once', () => {
    const c = cmp();
    gate = createConsentGate();
    const seen: boolean[] = [];
    gate._onChange((g) => seen.push(g));
    c.refuse();
    c.grant();
    c.grant();
    expect(gate._granted()).toBe(true);
    expect(seen).toEqual([true]);
  });

  it('closes again when consent is withdrawn', () => {
    const c = cmp();
    gate = createConsentGate();
    const seen: boolean[] = [];
    gate._onChange((g) => seen.push(g));
    c.grant();
    c.withdraw();
    expect(gate._granted()).toBe(false);
    expect(seen).toEqual([true, false]);
  });

  it('accepts consent given in the publisher TC segment', () => {
    const c = cmp();
    gate = createConsentGate();
    c.grantPublisher();
    expect(gate._granted()).toBe(true);
  });

  it('grants when GDPR does not apply (update(null): gdprApplies false)', () => {
    const c = cmp();
    gate = createConsentGate();
    c.noGdpr();
    expect(gate._granted()).toBe(true);
  });

  it('answers through a CMP stub queue: listens before the CMP loaded', () => {
    const queue: unknown[][] = [];
    w.__tcfapi = (...args: unknown[]) => (args.length ? void queue.push(args) : queue);
    gate = createConsentGate();
    expect(queue).toHaveLength(1);
    const c = cmp(); // replaces the stub, takes its queue
    c.grant();
    expect(gate._granted()).toBe(true);
  });

  it('waits for __tcfapi to appear, then listens', () => {
    vi.useFakeTimers();
    gate = createConsentGate();
    vi.advanceTimersByTime(1000);
    const c = cmp();
    c.grant();
    expect(gate._granted()).toBe(false);
    vi.advanceTimersByTime(150);
    expect(gate._granted()).toBe(true);
  });

  it('without __tcfapi: stays closed, stops polling after TCF_WAIT_MS, no errors', () => {
    vi.useFakeTimers();
    gate = createConsentGate();
    vi.advanceTimersByTime(TCF_WAIT_MS - 200);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(400);
    expect(vi.getTimerCount()).toBe(0);
    expect(gate._granted()).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('removes its TCF listener on destroy', () => {
    const c = cmp();
    c.refuse();
    gate = createConsentGate();
    expect(c.listeners()).toBe(1);
    gate._destroy();
    expect(c.listeners()).toBe(0);
    c.grant();
    expect(gate._granted()).toBe(false);
  });

  it('removes a listener the CMP only answers after destroy', () => {
    const c = cmp();
    gate = createConsentGate();
    gate._destroy();
    c.grant();
    expect(c.listeners()).toBe(0);
    expect(gate._granted()).toBe(false);
  });

  it('ignores TCF with tcfPurpose 0', () => {
    const c = cmp();
    gate = createConsentGate({ tcfPurpose: 0 });
    c.grant();
    expect(gate._granted()).toBe(false);
    expect(c.listeners()).toBe(0);
  });

  it('never throws when __tcfapi throws or answers nonsense', () => {
    w.__tcfapi = () => {
      throw new Error('broken CMP');
    };
    expect(() => (gate = createConsentGate())).not.toThrow();
    expect(warn.mock.calls[0][0]).toMatch(/^\[politely\]/);
    gate!._destroy();
    w.__tcfapi = (_c: string, _v: number, cb: (d: unknown, ok: boolean) => void) => cb(null, false);
    gate = createConsentGate();
    expect(gate._granted()).toBe(false);
  });
});

describe('explicit consent and the DOM event', () => {
  it('Politely.consent() and consent(false)', () => {
    gate = createConsentGate({ tcfPurpose: 0 });
    consent(true);
    expect(gate._granted()).toBe(true);
    consent(false);
    expect(gate._granted()).toBe(false);
  });

  it('the latest signal wins across sources', () => {
    const c = cmp();
    gate = createConsentGate();
    c.refuse();
    consent(true);
    expect(gate._granted()).toBe(true);
    c.withdraw();
    expect(gate._granted()).toBe(false);
  });

  it('a publisher-named DOM event grants; detail false withdraws; removed on destroy', () => {
    gate = createConsentGate({ tcfPurpose: 0, event: 'site:consent' });
    document.dispatchEvent(new CustomEvent('site:consent'));
    expect(gate._granted()).toBe(true);
    document.dispatchEvent(new CustomEvent('site:consent', { detail: false }));
    expect(gate._granted()).toBe(false);
    gate._destroy();
    document.dispatchEvent(new CustomEvent('site:consent'));
    expect(gate._granted()).toBe(false);
  });

  it('a throwing onChange listener is warned about; the others still run', () => {
    gate = createConsentGate({ tcfPurpose: 0 });
    const ok = vi.fn();
    gate._onChange(() => {
      throw new Error('x');
    });
    gate._onChange(ok);
    consent(true);
    expect(ok).toHaveBeenCalledWith(true);
    expect(warn).toHaveBeenCalledWith('[politely] a consent listener threw', expect.any(Error));
  });

  it('onChange returns an unsubscribe function', () => {
    gate = createConsentGate({ tcfPurpose: 0 });
    const cb = vi.fn();
    gate._onChange(cb)();
    consent(true);
    expect(cb).not.toHaveBeenCalled();
  });
});
