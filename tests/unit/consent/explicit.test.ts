import { afterEach, describe, expect, it, vi } from 'vitest';

// src/api/consent.ts keeps page-level state: load a fresh copy per test.
afterEach(() => vi.resetModules());
const load = async () => {
  const { consent, explicitConsent } = await import('../../../src/api/consent');
  const { createConsentGate: create } = await import('../../../src/consent/gate');
  const createConsentGate = ({ tcfPurpose }: { tcfPurpose: number }) =>
    create({ consentPurpose: tcfPurpose, consentEvent: undefined }, explicitConsent);
  return { consent, createConsentGate };
};

describe('Politely.consent() (page-level explicit consent)', () => {
  it('given before the gate exists, opens it at creation', async () => {
    const { consent, createConsentGate } = await load();
    consent();
    const gate = createConsentGate({ tcfPurpose: 0 });
    expect(gate._granted()).toBe(true);
    gate._destroy();
  });

  it('reaches live gates, and consent(false) withdraws', async () => {
    const { consent, createConsentGate } = await load();
    const gate = createConsentGate({ tcfPurpose: 0 });
    consent(true);
    expect(gate._granted()).toBe(true);
    consent(false);
    expect(gate._granted()).toBe(false);
    gate._destroy();
    consent(true);
    expect(gate._granted()).toBe(false);
  });

  it('a fresh page has no explicit consent', async () => {
    const { createConsentGate } = await load();
    const gate = createConsentGate({ tcfPurpose: 0 });
    expect(gate._granted()).toBe(false);
    gate._destroy();
  });
});
