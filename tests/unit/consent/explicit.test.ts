import { afterEach, describe, expect, it, vi } from 'vitest';

// explicit.ts keeps page-level state: load a fresh copy per test.
afterEach(() => vi.resetModules());
const load = async () => ({ ...(await import('../../../src/consent/explicit')), ...(await import('../../../src/consent/gate')) });

describe('Politely.consent() (page-level explicit consent)', () => {
  it('given before the gate exists, opens it at creation', async () => {
    const { consent, createConsentGate } = await load();
    consent();
    const gate = createConsentGate({ tcfPurpose: 0 });
    expect(gate.granted).toBe(true);
    gate.destroy();
  });

  it('reaches live gates, and consent(false) withdraws', async () => {
    const { consent, createConsentGate } = await load();
    const gate = createConsentGate({ tcfPurpose: 0 });
    consent(true);
    expect(gate.granted).toBe(true);
    consent(false);
    expect(gate.granted).toBe(false);
    gate.destroy();
    consent(true);
    expect(gate.granted).toBe(false);
  });

  it('a fresh page has no explicit consent', async () => {
    const { createConsentGate } = await load();
    const gate = createConsentGate({ tcfPurpose: 0 });
    expect(gate.granted).toBe(false);
    gate.destroy();
  });
});
