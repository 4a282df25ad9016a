// The second engine: no false positives outside Chromium (Firefox ESR, no blocker), and the prompt
// works by keyboard alone there too.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { VERDICT_RECORDER, articleHtml, launchFirefox, useBrowser, type RecordedVerdict } from './harness';

const LOADS = 5;

const suite = useBrowser(launchFirefox);

async function verdictOf(html: string, path: string) {
  const page = await suite.browser.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e as Error));
  await page.goto(suite.server.page(path, html));
  await page.waitForFunction(() => (window as unknown as { __verdicts: unknown[] }).__verdicts.length > 0, {
    timeout: 10_000,
    polling: 50,
  });
  const verdict = await page.evaluate(() => (window as unknown as { __verdicts: RecordedVerdict[] }).__verdicts[0]);
  await page.close();
  return { verdict, errors };
}

describe('Firefox ESR, no blocker', () => {
  const placements: Record<string, { head?: string; bodyEnd?: string }> = {
    'end of body': { bodyEnd: '<script src="/dist/politely.js"></script><script>Politely.detect()</script>' },
    'head, no defer': { head: '<script src="/dist/politely.js"></script><script>Politely.detect()</script>' },
    'head, async': { head: '<script async src="/dist/politely.js" onload="Politely.detect()"></script>' },
  };
  for (const [name, where] of Object.entries(placements)) {
    it(`${name}: "not blocked" on every one of ${LOADS} loads, no page error`, async () => {
      const html = articleHtml(suite.server, { head: VERDICT_RECORDER + (where.head ?? ''), bodyEnd: where.bodyEnd });
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

// Preview bypasses bot suppression (src/api/controller.ts: `!preview && shouldSuppress(o)`), so the
// prompt shows in this WebDriver-driven Firefox, where navigator.webdriver is true.
describe('Firefox ESR, the prompt by keyboard', () => {
  const EVENTS =
    "<script>window.__politely=[];['show','hide','dismiss','action'].forEach(function(n){document.addEventListener('politely:'+n,function(){window.__politely.push(n)})});</script>";
  let n = 0;
  async function open(attrs: string, before = '') {
    const page = await suite.browser.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e as Error));
    const tag = `<script src="/dist/politely.js" data-politely data-preview data-support-url="/support" ${attrs}></script>`;
    await page.goto(suite.server.page(`/ff-kb-${n++}.html`, articleHtml(suite.server, { head: EVENTS, bodyEnd: before + tag })));
    await page.waitForFunction(() => document.querySelector('[data-politely-prompt]')?.shadowRoot?.querySelector('.pc'), {
      timeout: 10_000,
      polling: 50,
    });
    expect(await page.evaluate(() => navigator.webdriver)).toBe(true);
    return { page, errors };
  }
  /** Where focus is: `politely:` + our control's text (or the dialog's role), else the page element's id or tag. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const a = document.activeElement;
      if (!a?.hasAttribute('data-politely-prompt')) return 'page:' + (a?.id || a?.tagName);
      const inner = a.shadowRoot?.activeElement;
      return 'politely:' + (inner?.matches('a,button') ? inner.textContent : inner?.getAttribute('role') || inner?.tagName.toLowerCase());
    });
  const gone = (page: Page) =>
    page.waitForFunction(() => !document.querySelector('[data-politely-prompt]'), { timeout: 5000, polling: 50 });
  const events = (page: Page) => page.evaluate(() => (window as unknown as { __politely: string[] }).__politely);

  it('banner: never steals focus; the first Tab reaches it (it sits over the page), then its controls; Enter opens the help; Escape dismisses', async () => {
    const { page, errors } = await open('');
    expect(await focused(page)).toBe('page:BODY');
    await page.keyboard.press('Tab');
    // First in the tab order, though last in the page: the quiet "Not now" in the title row comes first.
    expect(await focused(page)).toBe('politely:Not now');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('politely:Support us');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('politely:How to allowlist');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-politely-prompt]')!.shadowRoot!.querySelector('ol'), {
      timeout: 5000,
      polling: 50,
    });
    expect(
      await page.evaluate(() =>
        document
          .querySelector('[data-politely-prompt]')!
          .shadowRoot!.querySelector('[aria-controls=politely-h]')!
          .getAttribute('aria-expanded'),
      ),
    ).toBe('true');
    await page.keyboard.press('Escape');
    await gone(page);
    expect(await events(page)).toEqual(['show', 'action', 'action', 'dismiss', 'hide']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('modal: focus moves in, Tab and Shift+Tab stay inside, Escape closes and focus returns', async () => {
    // The reader is on a page control (autofocus) when the modal opens a second later.
    const { page, errors } = await open('data-mode="modal" data-delay="1000"', '<button id="before" autofocus>Share</button>');
    expect(await focused(page)).toBe('politely:dialog');
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      if (i >= 6) await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      if (i >= 6) await page.keyboard.up('Shift');
      const f = await focused(page);
      expect(f, `after ${i < 6 ? 'Tab' : 'Shift+Tab'} ${i + 1}`).toMatch(/^politely:/);
      seen.add(f);
    }
    expect(seen).toContain('politely:Support us');
    expect(seen).toContain('politely:Not now');
    await page.keyboard.press('Escape');
    await gone(page);
    expect(await focused(page)).toBe('page:before');
    expect(errors).toEqual([]);
    await page.close();
  });
});
