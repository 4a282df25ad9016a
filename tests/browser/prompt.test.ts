// The support prompt in real Chromium, under the detection tier's blocking conditions: it shows
// under every blocker and never without, comes first in the tab order and works by keyboard alone
// in every placement, is a true modal as a <dialog>, keeps what a phone reader focuses clear of it
// and takes at most a quarter of a phone's screen, falls back from an inline target a blocker hid,
// opens its steps on the reader's likely blocker, reopens from a data-politely-open link, remembers
// "Not now" across reloads, thanks the reader after allowlisting, and passes axe-core in every
// placement × desktop/phone × light/dark × left-to-right/right-to-left, steps open and closed.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import {
  BLOCKING,
  CONDITIONS,
  VERDICT_RECORDER,
  articleHtml,
  firstVerdict,
  launchChromium,
  useBrowser,
  openPage,
  type Condition,
  type OpenOptions,
} from './harness';

const MODES = ['banner', 'modal', 'corner', 'inline'] as const;
type Mode = (typeof MODES)[number];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Records Politely's own events before it loads. */
const EVENT_RECORDER =
  "<script>window.__politely=[];['show','hide','dismiss','action'].forEach(function(n){document.addEventListener('politely:'+n,function(e){window.__politely.push([n,e.detail])})});</script>";
/** The publisher's reserved slot for the inline placement (after the story, before the footer). */
const SLOT = '<div id="support-slot" style="max-width:680px;margin:0 auto;padding:0 20px"></div>';
const tag = (attrs: string) => `${SLOT}<script src="/dist/politely.js" data-politely data-support-url="/support" ${attrs}></script>`;
const modeAttrs = (mode: Mode) => `data-mode="${mode}"${mode == 'inline' ? ' data-target="#support-slot"' : ''}`;
/** A long article's end: many paragraphs, then a last link, as a reader tabs to it. */
const LONG =
  Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of a long story, long enough to scroll on any screen.</p>`).join('') +
  '<p><a id="last-link" href="#end">The last link of the article</a></p>';

const suite = useBrowser(launchChromium);

let n = 0;
async function open(
  condition: Condition,
  attrs: string,
  options: OpenOptions & { lang?: string; dir?: 'ltr' | 'rtl'; afterArticle?: string; init?: () => void; ad?: 'none' } = {},
) {
  const html = articleHtml(suite.server, {
    ad: options.ad,
    head: VERDICT_RECORDER + EVENT_RECORDER,
    bodyEnd: tag(attrs),
    afterArticle: options.afterArticle,
    lang: options.lang,
    dir: options.dir,
  });
  const t = await openPage(suite.browser, condition, options);
  if (options.init) await t.page.addInitScript(options.init);
  await t.page.goto(suite.server.page(`/prompt-${n++}.html`, html));
  return t;
}

const card = (page: Page) => page.locator('[data-politely-prompt] .pc:not(.pz)').first();
const events = (page: Page) => page.evaluate(() => (window as unknown as { __politely: [string, unknown][] }).__politely);
const shown = async (page: Page) => (await events(page)).find(([name]) => name == 'show')?.[1] as Record<string, unknown> | undefined;
/** Which element has focus, through our shadow root: `page`, or the text of our control. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    const inner = a?.shadowRoot?.activeElement;
    return a?.hasAttribute('data-politely-prompt') ? 'politely:' + (inner?.textContent || inner?.tagName.toLowerCase() || '') : 'page';
  });
async function isVisible(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-politely-prompt]') as HTMLElement | null;
    const c = host?.shadowRoot?.querySelector('.pc');
    if (!host || !c) return false;
    const r = c.getBoundingClientRect();
    const style = getComputedStyle(host);
    return style.display != 'none' && style.visibility != 'hidden' && r.width > 100 && r.height > 50 && r.bottom > 0 && r.top < innerHeight;
  });
}

describe.each(CONDITIONS)('condition: %s', (condition) => {
  const blocked = BLOCKING.includes(condition);
  it(`the banner ${blocked ? 'appears and is visible' : 'never appears'}, with no page error`, async () => {
    for (let i = 0; i < 3; i++) {
      const t = await open(condition, '');
      const verdict = await firstVerdict(t.page);
      expect(verdict.blocked).toBe(blocked);
      if (blocked) await card(t.page).waitFor({ state: 'visible', timeout: 5000 });
      else await t.page.waitForTimeout(400);
      expect(await isVisible(t.page), `load ${i + 1}`).toBe(blocked);
      expect(t.errors).toEqual([]);
      await t.context.close();
    }
  });
});

describe('keyboard alone (Tab, Enter, Escape)', () => {
  it.each(['banner', 'corner'] as const)(
    '%s: first in the tab order (before the article), never steals focus; Enter opens the steps; Escape dismisses',
    async (mode) => {
      const t = await open('easylist', modeAttrs(mode));
      const { page } = t;
      await card(page).waitFor({ state: 'visible' });
      expect(await focused(page)).toBe('page');
      // From the top of the page, the first Tab reaches the prompt, not the page's first link.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('politely:Not now');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('politely:Support us');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('politely:How to allowlist');
      await page.keyboard.press('Enter');
      await page.locator('[data-politely-prompt] ol').first().waitFor();
      expect(await page.locator('[data-politely-prompt] .pc:not(.pz) [aria-controls=politely-h]').getAttribute('aria-expanded')).toBe(
        'true',
      );
      // Past its last control, Tab goes on to the page from its start.
      for (let i = 0; i < 8 && (await focused(page)) != 'page'; i++) await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('page');
      expect(await page.evaluate(() => document.activeElement!.closest('header, main, article, footer, body')!.tagName)).not.toBe('FOOTER');
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toMatch(/^politely:/);
      await page.keyboard.press('Escape');
      await page.locator('[data-politely-prompt]').waitFor({ state: 'detached' });
      expect((await events(page)).map((e) => e[0])).toEqual(['show', 'action', 'action', 'dismiss', 'hide']);
      expect(t.errors).toEqual([]);
      await t.context.close();
    },
  );

  it('inline: in the page’s tab order where its slot is; Enter opens the steps; Escape dismisses', async () => {
    const t = await open('easylist', modeAttrs('inline'));
    const { page } = t;
    await card(page).waitFor({ state: 'visible' });
    expect(await focused(page)).toBe('page');
    for (let i = 0; i < 30 && (await focused(page)) == 'page'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('politely:Not now');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('[data-politely-prompt] ol').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-politely-prompt]').waitFor({ state: 'detached' });
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('modal: a <dialog> opened with showModal() — :modal, the page inert and still, focus on the dialog, Escape closes, focus comes back', async () => {
    const t = await open('easylist', modeAttrs('modal'), { afterArticle: LONG });
    const { page } = t;
    await page.evaluate(() => (document.querySelector('#last-link') as HTMLElement).focus());
    const before = await page.evaluate(() => document.activeElement!.id);
    await card(page).waitFor({ state: 'visible' });
    const state = await page.evaluate(() => {
      const dialog = document.querySelector('[data-politely-prompt]')!.shadowRoot!.querySelector('dialog')!;
      const link = document.querySelector('#last-link') as HTMLElement;
      link.focus(); // inert: focus cannot go there
      const y = scrollY;
      scrollBy(0, 400);
      return {
        modal: dialog.matches(':modal'),
        focus: document.activeElement!.shadowRoot?.activeElement?.tagName,
        linkFocused: document.activeElement == link,
        scrolled: scrollY != y,
        overflow: getComputedStyle(document.documentElement).overflow,
      };
    });
    expect(state).toEqual({ modal: true, focus: 'DIALOG', linkFocused: false, scrolled: false, overflow: 'hidden' });
    // A pointer on the page behind reaches the backdrop, not the page.
    await page.mouse.click(10, 10);
    expect(await page.evaluate(() => location.hash)).toBe('');
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press(i < 5 ? 'Tab' : 'Shift+Tab');
      seen.add(await focused(page));
    }
    expect([...seen].filter((f) => f != 'page' && !f.startsWith('politely:'))).toEqual([]);
    expect(seen).toContain('politely:Support us');
    await page.keyboard.press('Escape');
    await page.locator('[data-politely-prompt]').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement!.id)).toBe(before);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
    expect((await events(page)).map((e) => e[0])).toEqual(['show', 'action', 'dismiss', 'hide']);
    expect(t.errors).toEqual([]);
    await t.context.close();
  });
});

describe('phones', () => {
  it.each(['banner', 'corner'] as const)(
    '%s at 360 × 740: at most a quarter of the screen closed; the steps a sheet that scrolls',
    async (mode) => {
      const t = await open(
        'easylist',
        `${modeAttrs(mode)} data-logo-url="/examples/assets/logo.svg" data-signin-url="/login" data-note="From €1 a week."`,
        {
          viewport: PHONE,
        },
      );
      const { page } = t;
      await card(page).waitFor({ state: 'visible' });
      const closed = await card(page).boundingBox();
      expect(closed!.height).toBeLessThanOrEqual(PHONE.height * 0.25);
      expect(closed!.y + closed!.height).toBeLessThanOrEqual(PHONE.height);
      // Its main action is on screen, not scrolled away inside the card.
      const main = await page.locator('[data-politely-prompt] .pc:not(.pz) .pp').first().boundingBox();
      expect(main!.y + main!.height).toBeLessThanOrEqual(closed!.y + closed!.height);
      await page.locator('[data-politely-prompt] .pc:not(.pz) [aria-controls=politely-h]').click();
      const open_ = await card(page).boundingBox();
      expect(open_!.height).toBeGreaterThan(closed!.height);
      expect(open_!.height).toBeLessThanOrEqual(PHONE.height * 0.85 + 1);
      expect(await card(page).evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
      expect(t.errors).toEqual([]);
      await t.context.close();
    },
  );

  it.each(['banner', 'corner'] as const)(
    '%s: the last link of a long article, focused by Tab, is never under the prompt (WCAG 2.4.11)',
    async (mode) => {
      const t = await open('easylist', modeAttrs(mode), { viewport: PHONE, afterArticle: LONG });
      const { page } = t;
      await card(page).waitFor({ state: 'visible' });
      // The reader tabs backwards from the end of the page to the article's last link.
      await page.evaluate(() => (document.querySelector('footer a, footer') as HTMLElement | null)?.focus());
      await page.focus('#last-link');
      await page.waitForTimeout(100);
      const [link, prompt] = await Promise.all([page.locator('#last-link').boundingBox(), card(page).boundingBox()]);
      expect(link!.y + link!.height, JSON.stringify({ link, prompt })).toBeLessThanOrEqual(prompt!.y);
      expect(link!.y).toBeGreaterThanOrEqual(0);
      // And the page's end can scroll above the card: the card's twin holds its room.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      const lastText = await page.locator('main > :last-child').boundingBox();
      const p2 = await card(page).boundingBox();
      expect(lastText!.y + lastText!.height).toBeLessThanOrEqual(p2!.y + 1);
      expect(t.errors).toEqual([]);
      await t.context.close();
    },
  );
});

describe('inline into a slot the blocker hid', () => {
  it('EasyList hides the .ad-slot target: the prompt shows as a banner, with one warning, and politely:show says so', async () => {
    const t = await open('easylist', 'data-mode="inline" data-target=".ad-slot"', {
      afterArticle: '<div class="ad-slot" style="min-height:250px"></div>',
    });
    const { page } = t;
    await card(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => !!document.querySelector('.ad-slot [data-politely-prompt]'))).toBe(false);
    expect(await page.evaluate(() => document.querySelector('.ad-slot')!.checkVisibility())).toBe(false);
    expect(await shown(page)).toMatchObject({ mode: 'banner' });
    expect(t.console.filter((m) => m.includes('[politely]') && m.includes('.ad-slot'))).toEqual([
      'warning: [politely] the target ".ad-slot" has no layout box (hidden, perhaps by an ad blocker\'s rules); showing a banner',
    ]);
    await t.context.close();
  });
});

describe('the blocker the steps open on', () => {
  it.each<[Condition, string, (() => void) | undefined]>([
    // Brave's own Shields: network filters and stand-ins, and navigator.brave.
    ['brave', 'brave', () => Object.defineProperty(Navigator.prototype, 'brave', { value: { isBrave: () => Promise.resolve(true) } })],
    ['dns', 'network', undefined],
    ['easylist', 'adblockplus', undefined],
    ['cosmetic', 'adblockplus', undefined],
    ['ublock', 'ublock', undefined],
  ])('%s: %s, chosen first in the picker and named in politely:show', async (condition, blocker, init) => {
    const t = await open(condition, '', { init });
    const { page } = t;
    await card(page).waitFor({ state: 'visible' });
    expect(await shown(page)).toMatchObject({ blocker, trigger: 'detection' });
    await page.locator('[data-politely-prompt] .pc:not(.pz) [aria-controls=politely-h]').click();
    expect(await page.locator('[data-politely-prompt] .pc:not(.pz) select').inputValue()).toBe(blocker);
    await t.context.close();
  });
});

describe('a way back to the ask', () => {
  it('a data-politely-open link in the footer opens the prompt with no blocker, without a detection of its own', async () => {
    const t = await open('none', '', { afterArticle: '<p><a href="#why" data-politely-open>Why ads?</a></p>' });
    const { page } = t;
    await firstVerdict(page);
    await page.waitForTimeout(200);
    expect(await page.locator('[data-politely-prompt]').count()).toBe(0);
    await page.getByRole('link', { name: 'Why ads?' }).click();
    await card(page).waitFor({ state: 'visible' });
    expect(await shown(page)).toMatchObject({ trigger: 'link', preview: false });
    expect(await page.evaluate(() => (window as unknown as { __verdicts: unknown[] }).__verdicts.length)).toBe(1);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await t.context.close();
  });
});

describe('memory and recheck', () => {
  it('"Not now" survives a reload', async () => {
    const t = await open('easylist', '');
    await card(t.page).waitFor({ state: 'visible' });
    await t.page.getByRole('button', { name: 'Not now' }).first().click();
    await t.page.locator('[data-politely-prompt]').waitFor({ state: 'detached' });
    await t.page.reload();
    const verdict = await firstVerdict(t.page);
    expect(verdict.blocked).toBe(true);
    await t.page.waitForTimeout(500);
    expect(await t.page.locator('[data-politely-prompt]').count()).toBe(0);
    await t.context.close();
  });

  // The DNS sinkhole is switched off deterministically (page.unroute). Ghostery's engine, switched
  // off with disableBlockingInPage, still hid the bait after a reload in 2 of 3 runs: a harness
  // limitation, not a Politely behaviour (Politely then rightly asks again).
  it.each(['dns', 'dns', 'network'] as Condition[])(
    'recheck after the reader switches the blocker off (%s) ends in a thank-you',
    async (condition) => {
      const t = await open(condition, '');
      const { page } = t;
      await card(page).waitFor({ state: 'visible' });
      await t.disableBlocker();
      await page.getByRole('button', { name: 'How to allowlist' }).first().click();
      await page.getByRole('button', { name: "I've allowlisted — check again" }).first().click();
      const status = page.locator('[data-politely-prompt] .pc:not(.pz) [role=status]');
      await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/Thank you!|still seem blocked/);
      if ((await status.textContent())!.includes('still')) {
        // Hidden bait and a failed ad script stay failed until the page reloads: the flow offers one.
        await page.getByRole('button', { name: 'Reload page' }).first().click();
        await page.waitForLoadState('domcontentloaded');
        await page.waitForFunction(() => (window as unknown as { __verdicts?: unknown[] }).__verdicts?.length);
        const after = await firstVerdict(page);
        expect(after.blocked, JSON.stringify(after)).toBe(false);
        await expect
          .poll(() => page.locator('[data-politely-prompt] [role=status]').first().textContent(), { timeout: 5000 })
          .toBe('Thank you!');
      }
      await page.locator('[data-politely-prompt]').waitFor({ state: 'detached', timeout: 6000 });
      expect(t.errors).toEqual([]);
      await t.context.close();
    },
  );
});

const looks = [
  { name: 'light', colorScheme: 'light' as const },
  { name: 'dark', colorScheme: 'dark' as const },
];
const directions = [
  { name: 'ltr', lang: 'en', dir: 'ltr' as const },
  { name: 'rtl', lang: 'ar', dir: 'rtl' as const },
];
const sizes = [
  { name: 'desktop', viewport: DESKTOP },
  { name: 'phone', viewport: PHONE },
];

describe('axe-core: no WCAG 2.1 A/AA violation', () => {
  for (const size of sizes)
    for (const look of looks)
      for (const direction of directions)
        it.each(MODES)(`%s, ${size.name}, ${look.name}, ${direction.name}: steps closed and open`, async (mode) => {
          const t = await open('none', `${modeAttrs(mode)} data-preview data-signin-url="/login" data-note="From €1 a week."`, {
            viewport: size.viewport,
            colorScheme: look.colorScheme,
            lang: direction.lang,
            dir: direction.dir,
            reducedMotion: 'reduce',
            // No ad filling its slot while the test clicks: the page would shift under the pointer.
            ad: 'none',
          });
          const { page } = t;
          await card(page).waitFor({ state: 'visible' });
          await page.addScriptTag({ path: AXE });
          const run = () =>
            page.evaluate(async () => {
              const axe = (
                window as unknown as {
                  axe: {
                    run(
                      ctx: Element,
                      o: object,
                    ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: unknown[] }>;
                  };
                }
              ).axe;
              const r = await axe.run(document.querySelector('[data-politely-prompt]')!, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
              });
              return {
                violations: r.violations.map((x) => `${x.id}: ${JSON.stringify(x.nodes.map((n) => n.target))}`),
                passes: r.passes.length,
              };
            });
          const closed = await run();
          expect(closed.violations).toEqual([]);
          expect(closed.passes).toBeGreaterThan(5);
          await page.locator('[data-politely-prompt] .pc:not(.pz) [aria-controls=politely-h]').click();
          await page.locator('[data-politely-prompt] .pc:not(.pz) ol').waitFor();
          const opened = await run();
          expect(opened.violations).toEqual([]);
          expect(t.errors).toEqual([]);
          await t.context.close();
        });
});
