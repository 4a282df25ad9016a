// @vitest-environment node
// Server-side rendering safety: both npm entries import in plain Node (no DOM), detect() resolves
// "not blocked" with a reason, and init() does not throw into the server.
import { expect, it, vi } from 'vitest';

it('has no DOM in this environment', () => {
  expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
});

it("import('politely/detect') does not throw and detect() resolves not blocked with a reason", async () => {
  const mod = await import('../../src/detect/index');
  const v = await mod.detect();
  expect(v).toEqual({
    blocked: false,
    reason: 'no DOM',
    signals: { bait: 'off', adSlots: 'off', adStack: 'off', standIn: 'off', network: 'off', probe: 'off' },
    elapsedMs: expect.any(Number),
  });
});

it("import('politely') does not throw; its detect() and init() are safe, and say nothing", async () => {
  const warn = vi.spyOn(console, 'warn');
  const mod = await import('../../src/index');
  expect(typeof mod.init).toBe('function');
  const v = await mod.detect();
  expect(v).toMatchObject({ blocked: false });
  expect(v.reason).toBeTruthy();
  let ctl: unknown;
  expect(() => {
    ctl = mod.init({ supportUrl: 'https://example.com/support' });
  }).not.toThrow();
  expect(ctl).toBeTruthy();
  const c = ctl as { destroy?: () => void };
  expect(() => c.destroy?.()).not.toThrow();
  // A valid absolute URL is valid on a server too, and "no DOM" is not a failure.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

it('the script-tag loader does nothing without a DOM', async () => {
  await expect(import('../../src/script-tag/index')).resolves.toBeTruthy();
});
