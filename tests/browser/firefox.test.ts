// The second engine: no false positives outside Chromium (Firefox ESR, no blocker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { VERDICT_RECORDER, articleHtml, launchFirefox, startServer, type RecordedVerdict, type TestServer } from './harness';

const LOADS = 5;
let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchFirefox(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function verdictOf(html: string, path: string) {
  const page = await browser.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e as Error));
  await page.goto(server.page(path, html));
  await page.waitForFunction(() => (window as unknown as { __verdicts: unknown[] }).__verdicts.length > 0, { timeout: 10_000, polling: 50 });
  const verdict = await page.evaluate(() => (window as unknown as { __verdicts: RecordedVerdict[] }).__verdicts[0]);
  await page.close();
  return { verdict, errors };
}

describe('Firefox ESR, no blocker', () => {
  const placements: Record<string, { head?: string; bodyEnd?: string }> = {
    'end of body': { bodyEnd: '<script src="/dist/kindly.umd.js"></script><script>Kindly.detect()</script>' },
    'head, no defer': { head: '<script src="/dist/kindly.umd.js"></script><script>Kindly.detect()</script>' },
    'head, async': { head: '<script async src="/dist/kindly.umd.js" onload="Kindly.detect()"></script>' },
  };
  for (const [name, where] of Object.entries(placements)) {
    it(`${name}: "not blocked" on every one of ${LOADS} loads, no page error`, async () => {
      const html = articleHtml(server, { head: VERDICT_RECORDER + (where.head ?? ''), bodyEnd: where.bodyEnd });
      for (let i = 0; i < LOADS; i++) {
        const { verdict, errors } = await verdictOf(html, `/ff-${i}.html`);
        expect(verdict.blocked, JSON.stringify(verdict)).toBe(false);
        expect(verdict.signals.adStack).toBe('clear');
        expect(verdict.signals.bait).toBe('clear');
        expect(errors).toEqual([]);
      }
    });
  }
});
