// The one-line install under a strict Content-Security-Policy (no unsafe-inline) and under
// Trusted Types: the loader fetches the prompt file (a dynamic import, no inline script, no
// string sink), which shows styled, works, and causes no policy violation — from the page's own
// origin, from a CDN, and under a nonce-based policy with 'strict-dynamic'. Negative controls
// prove the violation collector sees inline styles, TT sinks and Politely's own code.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  AD_HOST,
  CDN_HOST,
  VERDICT_RECORDER,
  articleHtml,
  firstVerdict,
  launchChromium,
  useBrowser,
  openPage,
  type Condition,
} from './harness';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";
const TT = "require-trusted-types-for 'script'";
const POLITELY = (attrs = 'data-preview') =>
  `<script src="/dist/politely.js" data-politely data-support-url="https://example.org/support" ${attrs}></script>`;
const JS = { 'content-type': 'text/javascript; charset=utf-8' };
/** Violation events and the verdict recorder. addInitScript is not subject to the page's CSP. */
const RECORDERS =
  "window.__csp=[];document.addEventListener('securitypolicyviolation',function(e){" +
  'window.__csp.push({directive:e.effectiveDirective,blocked:e.blockedURI,file:e.sourceFile})});' +
  VERDICT_RECORDER.replace(/<\/?script>/g, '');
const POLICY = /Content Security Policy|Refused to|TrustedHTML|TrustedScript|Trusted Type/i;

interface Violation {
  directive: string;
  blocked: string;
  file: string;
}

const suite = useBrowser(launchChromium, ({ server }) => {
  // Stand-ins for what a page under CSP would host as files: a script that breaks things on
  // purpose (the negative controls), and one that takes constructable stylesheets away.
  server.page('/csp/tt-sink.js', "try{document.createElement('div').innerHTML='<b>x</b>'}catch(e){}", JS);
  server.page('/csp/no-constructable.js', 'delete CSSStyleSheet.prototype.replaceSync;', JS);
  // The script tag's files on a CDN's origin, served as jsDelivr and unpkg serve them (CORS for modules).
  const dist = resolve(import.meta.dirname, '../../dist');
  for (const file of readdirSync(dist).filter((f) => /^politely[\w-]*\.js$/.test(f)))
    server.page(`/npm/politely@0/dist/${file}`, readFileSync(resolve(dist, file)), { ...JS, 'access-control-allow-origin': '*' });
});
const CDN = () => suite.server.origin(CDN_HOST);

/** The harness's article made CSP-clean: its <style>, style="" and inline script moved to files. */
function strictArticle(options: { ad: boolean; head?: string; bodyEnd: string }): string {
  let html = articleHtml(suite.server, { ad: options.ad ? 'adsense' : 'none', head: options.head, bodyEnd: options.bodyEnd });
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
  suite.server.page('/csp/article.css', css + '.adsbygoogle{display:block;min-height:90px}', { 'content-type': 'text/css; charset=utf-8' });
  suite.server.page('/csp/slot.js', '(adsbygoogle = window.adsbygoogle || []).push({});', JS);
  html = html
    .replace(/<style>[\s\S]*?<\/style>/, '<link rel="stylesheet" href="/csp/article.css">')
    .replace(' style="display:block;min-height:90px"', '')
    .replace('<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>', '<script src="/csp/slot.js"></script>');
  expect(html).not.toMatch(/<script>|<style|style=/);
  return html;
}

let n = 0;
async function open(condition: Condition, html: string, csp: string) {
  const t = await openPage(suite.browser, condition);
  // The harness keeps console text only; violations are attributed by the message's source URL.
  const messages: { text: string; url: string }[] = [];
  t.page.on('console', (m) => messages.push({ text: m.text(), url: m.location().url }));
  await t.page.addInitScript(RECORDERS);
  await t.page.goto(suite.server.page(`/csp-${n++}.html`, html, { 'content-security-policy': csp }));
  const report = async () => ({
    events: await t.page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp),
    console: messages.filter((m) => POLICY.test(m.text)),
  });
  return { ...t, report };
}

// The card, not its unseen twin (.pz), which reserves its room.
const card = (page: Page) => page.locator('[data-politely-prompt] .pc:not(.pz)');
/** What the reader sees of the prompt, read through its shadow root. */
const promptState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-politely-prompt]')?.shadowRoot;
    const c = root?.querySelector('.pc:not(.pz)');
    if (!root || !c) return null;
    const style = getComputedStyle(c);
    return {
      title: c.querySelector('h2')?.textContent,
      preview: !!c.querySelector('.pv'),
      position: style.position,
      background: style.backgroundColor,
      accent: getComputedStyle(c.querySelector('.pp')!).backgroundColor,
      quiet: c.querySelector('.pq')?.textContent,
      controls: [...c.querySelectorAll('.px > *')].map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.textContent, sized: r.width > 40 && r.height >= 44 };
      }),
    };
  });

/** The banner as our stylesheet draws it: fixed, white, accent-coloured link, 44 px controls. */
async function expectStyledBanner(page: Page, preview: boolean) {
  await card(page).waitFor({ state: 'visible', timeout: 5000 });
  expect(await promptState(page)).toEqual({
    title: 'Ads keep our journalism free',
    preview,
    position: 'fixed',
    background: 'rgb(255, 255, 255)',
    accent: 'rgb(11, 87, 208)',
    quiet: 'Not now',
    controls: ['Support us', 'How to allowlist'].map((name) => ({ name, sized: true })),
  });
}

/** The buttons work: a click opens the allowlist help, Escape (focus is on that button) closes. */
async function operate(page: Page) {
  await page.getByRole('button', { name: 'How to allowlist' }).click();
  await page.locator('[data-politely-prompt] .pc:not(.pz) ol').waitFor();
  expect(await page.locator('[data-politely-prompt] .pc:not(.pz) [aria-controls=politely-h]').getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Escape');
  await page.locator('[data-politely-prompt]').waitFor({ state: 'detached' });
}

describe(`strict CSP: ${STRICT}`, () => {
  it('preview: the prompt shows styled, works, and nothing violates the policy', async () => {
    const t = await open('none', strictArticle({ ad: false, bodyEnd: POLITELY() }), STRICT);
    await expectStyledBanner(t.page, true);
    await operate(t.page);
    expect(await t.report()).toEqual({ events: [], console: [] });
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('preview from a CDN (the policy names the CDN): the prompt file comes from next to the loader', async () => {
    const tag = `<script src="${CDN()}/npm/politely@0/dist/politely.js" data-politely data-preview data-support-url="https://example.org/support"></script>`;
    const before = suite.server.requests.length;
    const t = await open(
      'none',
      strictArticle({ ad: false, bodyEnd: tag }),
      STRICT.replace("script-src 'self'", `script-src 'self' ${CDN()}`),
    );
    await expectStyledBanner(t.page, true);
    expect(suite.server.requests.slice(before).filter((r) => r.includes('politely-prompt.js'))).toEqual([
      `${CDN_HOST} /npm/politely@0/dist/politely-prompt.js`,
    ]);
    expect(await t.report()).toEqual({ events: [], console: [] });
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it("preview under a nonce-only policy with 'strict-dynamic': the loader's nonce carries the prompt file", async () => {
    const csp = "default-src 'self'; script-src 'nonce-r4nd0m' 'strict-dynamic'; style-src 'self'";
    const t = await open('none', strictArticle({ ad: false, bodyEnd: POLITELY('data-preview nonce="r4nd0m"') }), csp);
    await expectStyledBanner(t.page, true);
    expect(await t.report()).toEqual({ events: [], console: [] });
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  // The page loads AdSense, so its policy allows AdSense's origin, as such a publisher's must.
  // Ghostery's engine injects its cosmetic CSS as <style> from outside the page (a blocker
  // extension's CSS would bypass the CSP): those refusals carry no source URL and are the only
  // ones tolerated.
  it.each(['easylist', 'none'] as const)(
    '%s, no preview: the prompt shows only under the blocker, and the page causes no violation',
    async (condition) => {
      // AdSense's creatives load in frames from googleads.g.doubleclick.net, and AdSense fetches
      // from googlesyndication.com hosts: the policy allows them, as such a publisher's must. So
      // the confirming request (to tpc.googlesyndication.com, and the page's /robots.txt) is allowed.
      const csp =
        STRICT.replace("script-src 'self'", `script-src 'self' ${suite.server.origin(AD_HOST)}`) +
        `; frame-src ${suite.server.origin('googleads.g.doubleclick.net')}` +
        `; connect-src 'self' ${suite.server.origin('tpc.googlesyndication.com')}`;
      const t = await open(condition, strictArticle({ ad: true, bodyEnd: POLITELY('') }), csp);
      const verdict = await firstVerdict(t.page);
      expect(verdict.blocked, JSON.stringify(verdict)).toBe(condition == 'easylist');
      if (condition == 'easylist') {
        expect(verdict.signals).toMatchObject({ adStack: 'blocked', network: 'blocked' });
        await expectStyledBanner(t.page, false);
        await operate(t.page);
      } else {
        expect(verdict.signals).toMatchObject({ bait: 'clear', adStack: 'clear', network: 'off', probe: 'off' });
        await t.page.waitForTimeout(400);
        expect(await t.page.locator('[data-politely-prompt]').count()).toBe(0);
      }
      const { events, console: messages } = await t.report();
      expect(events.filter((e) => e.file)).toEqual([]);
      expect(messages.filter((m) => m.url)).toEqual([]);
      for (const e of events) expect(e).toEqual({ directive: 'style-src-elem', blocked: 'inline', file: '' });
      if (condition == 'none') expect(events).toEqual([]);
      expect(t.errors).toEqual([]);
      await t.context.close();
    },
  );
});

describe(`Trusted Types: ${STRICT}; ${TT}`, () => {
  it('preview: the prompt shows styled, works, and nothing violates the policy', async () => {
    const t = await open('none', strictArticle({ ad: false, bodyEnd: POLITELY() }), `${STRICT}; ${TT}`);
    await expectStyledBanner(t.page, true);
    await operate(t.page);
    expect(await t.report()).toEqual({ events: [], console: [] });
    expect(t.errors).toEqual([]);
    await t.context.close();
  });
});

describe('negative controls: the collector sees violations', () => {
  it('an inline <style> and a Trusted Types sink in the page are both recorded', async () => {
    // articleHtml as is: its <style> is inline; tt-sink.js assigns a string to innerHTML.
    const html = articleHtml(suite.server, { ad: 'none', head: '<script src="/csp/tt-sink.js"></script>', bodyEnd: POLITELY() });
    const t = await open('none', html, `${STRICT}; ${TT}`);
    await card(t.page).waitFor({ state: 'visible', timeout: 5000 });
    const { events, console: messages } = await t.report();
    expect(events.map((e) => e.directive)).toEqual(expect.arrayContaining(['style-src-elem', 'require-trusted-types-for']));
    expect(messages.some((m) => /Content Security Policy/.test(m.text))).toBe(true);
    expect(messages.some((m) => /TrustedHTML/.test(m.text))).toBe(true);
    expect(events.filter((e) => /\/dist\/politely(-prompt)?\.js$/.test(e.file))).toEqual([]);
    await t.context.close();
  });

  it("Politely's own violation is attributed to its prompt file; data-nonce avoids it", async () => {
    // Without constructable stylesheets Politely falls back to a <style>: refused without a nonce.
    const head = '<script src="/csp/no-constructable.js"></script>';
    const bare = await open('none', strictArticle({ ad: false, head, bodyEnd: POLITELY() }), STRICT);
    await card(bare.page).waitFor({ state: 'attached', timeout: 5000 });
    await expect
      .poll(async () => (await bare.report()).events)
      .toEqual([{ directive: 'style-src-elem', blocked: 'inline', file: `${suite.server.origin()}/dist/politely-prompt.js` }]);
    expect((await bare.report()).console.map((m) => m.url)).toEqual([`${suite.server.origin()}/dist/politely-prompt.js`]);
    await bare.context.close();

    const nonced = await open(
      'none',
      strictArticle({ ad: false, head, bodyEnd: POLITELY('data-preview data-nonce="r4nd0m"') }),
      `${STRICT} 'nonce-r4nd0m'`,
    );
    await expectStyledBanner(nonced.page, true);
    expect(await nonced.report()).toEqual({ events: [], console: [] });
    expect(nonced.errors).toEqual([]);
    await nonced.context.close();
  });
});
