// @vitest-environment node
// Importing Kindly on a server (no DOM) must not throw, and detection says why it did nothing.
import { expect, it } from 'vitest';

it('imports and detects without a DOM', async () => {
  expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  const { detect } = await import('../../../src/detect/index');
  const v = await detect();
  expect(v).toMatchObject({ blocked: false, reason: 'no DOM', signals: { bait: 'off', adStack: 'off', probe: 'off' } });
});
