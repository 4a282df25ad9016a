// Issue 6 in real Chromium: the consent gate wired into Politely (a real IAB TCF API with real TC
// strings, explicit consent, a DOM event), suppression rules, the command queue, storage "none".
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { VERDICT_RECORDER, articleHtml, launchChromium, useBrowser, openPage, type Condition } from './harness';
import { tcfHead, type TcfInitial } from './fixtures/tcf/index';

const suite = useBrowser(launchChromium);

// Records every element added to the document, from the very start of the page.
const WATCH_DOM = `window.__added = [];
new MutationObserver(function (ms) { ms.forEach(function (m) { m.addedNodes.forEach(function (n) { if (n.nodeType == 1) __added.push(n.outerHTML.slice(0, 500)) }) }) })
  .observe(document, { childList: true, subtree: true });`;

const politely = (attrs: string) =>
  `<script src="/dist/politely.js" data-politely data-support-url="https://www.politely-gazette.com/support" ${attrs}></script>`;

async function open(condition: Condition, path: string, html: string, userAgent?: string) {
  const t = await openPage(suite.browser, condition, { userAgent });
  await t.page.addInitScript(WATCH_DOM);
  await t.page.goto(suite.server.page(path, html));
  return t;
}

const promptShown = (page: Page) => page.evaluate(() => !!document.querySelector('[data-politely-prompt]'));
const waitPrompt = (page: Page) => page.waitForSelector('[data-politely-prompt]', { state: 'attached', timeout: 5000 });
const baitAdded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __added: string[] }).__added.filter((html) => /div-gpt-ad-top/.test(html)).length);
const stored = (page: Page) =>
  page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
const cmp = (page: Page, action: string) => page.evaluate(async (a) => ((await (window as any).__politelyTestCmpReady)[a](), 0), action);

function consentPage(initial: TcfInitial, attrs = '') {
  return articleHtml(suite.server, {
    head: tcfHead({ initial }) + VERDICT_RECORDER,
    bodyEnd: politely(`data-require-consent data-probe-url="https://pagead2.googlesyndication.com/probe.js" ${attrs}`),
  });
}

describe('consent gate (requireConsent) with a real TCF API', () => {
  it('no consent: zero bait inserted, zero requests by Politely, nothing stored, nothing shown', async () => {
    const path = `/consent-refused-${Date.now()}.html`;
    const before = suite.server.requests.length;
    const t = await open('easylist', path, consentPage('refuse'));
    await cmp(t.page, 'refuse');
    await t.page.waitForTimeout(1500);
    expect(await baitAdded(t.page)).toBe(0);
    expect(await promptShown(t.page)).toBe(false);
    expect(await t.page.evaluate(() => (window as any).__verdicts.length)).toBe(0);
    expect(await stored(t.page)).toEqual({ local: 0, session: 0, cookie: '' });
    // Politely's only possible request here is its probe URL: never made.
    const mine = suite.server.requests.slice(before).filter((r) => r.includes('/probe.js'));
    expect(mine).toEqual([]);
    // Granted later: now detection runs (bait, probe) and the prompt appears.
    await cmp(t.page, 'grant');
    await waitPrompt(t.page);
    expect(await baitAdded(t.page)).toBeGreaterThan(0);
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('granted on load: the prompt appears under a blocker', async () => {
    const t = await open('easylist', '/consent-granted.html', consentPage('grant'));
    await waitPrompt(t.page);
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('withdrawn: the prompt closes, nothing is written, and no further check runs', async () => {
    const t = await open('easylist', '/consent-withdrawn.html', consentPage('grant'));
    await waitPrompt(t.page);
    const verdictsBefore = await t.page.evaluate(() => (window as any).__verdicts.length);
    await cmp(t.page, 'withdraw');
    await t.page.waitForFunction(() => !document.querySelector('[data-politely-prompt]'));
    const after = await t.page.evaluate(async () => {
      const c = (window as any).Politely.init(); // the running controller (a second init returns it)
      const v = await c.recheck();
      return { reason: v.reason, verdicts: (window as any).__verdicts.length, dismissed: localStorage.getItem('politely:dismissed') };
    });
    expect(after).toEqual({ reason: 'no consent', verdicts: verdictsBefore, dismissed: null });
    await t.context.close();
  });

  it('explicit Politely.consent() for other consent tools (TCF ignored with purpose 0)', async () => {
    const html = articleHtml(suite.server, { head: VERDICT_RECORDER, bodyEnd: politely('data-require-consent data-consent-purpose="0"') });
    const t = await open('easylist', '/consent-explicit.html', html);
    await t.page.waitForTimeout(800);
    expect(await promptShown(t.page)).toBe(false);
    expect(await baitAdded(t.page)).toBe(0);
    await t.page.evaluate(() => (window as any).Politely.consent());
    await waitPrompt(t.page);
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('a publisher-named DOM event grants', async () => {
    const html = articleHtml(suite.server, {
      bodyEnd: politely('data-require-consent data-consent-purpose="0" data-consent-event="cmp:accepted"'),
    });
    const t = await open('easylist', '/consent-event.html', html);
    await t.page.waitForTimeout(800);
    expect(await promptShown(t.page)).toBe(false);
    await t.page.evaluate(() => document.dispatchEvent(new CustomEvent('cmp:accepted')));
    await waitPrompt(t.page);
    await t.context.close();
  });
});

describe('suppression', () => {
  const cases: Array<[string, string, string]> = [
    ['a subscriber cookie', 'data-skip-cookie="sub"', "<script>document.cookie='sub=1; path=/'</script>"],
    ['a subscriber localStorage key', 'data-skip-storage-key="sub_token"', "<script>localStorage.setItem('sub_token','x')</script>"],
    ['paid content matched by a selector', 'data-skip-selector=".paywalled"', '<div class="paywalled"></div>'],
  ];
  it.each(cases)('%s: no prompt under a blocker, no bait', async (_name, attr, setup) => {
    const html = articleHtml(suite.server, { head: VERDICT_RECORDER + setup, bodyEnd: politely(attr) });
    const t = await open('easylist', `/suppress-${attr.length}.html`, html);
    await t.page.waitForTimeout(1200);
    expect(await promptShown(t.page)).toBe(false);
    expect(await baitAdded(t.page)).toBe(0);
    expect(t.errors).toEqual([]);
    await t.context.close();
  });

  it('automated browsers (HeadlessChrome) are skipped by default; data-skip-bots="false" lets them in', async () => {
    const botUa = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${suite.browser.version()} Safari/537.36`;
    const bot = await open('easylist', '/bot.html', articleHtml(suite.server, { bodyEnd: politely('') }), botUa);
    await bot.page.waitForTimeout(1200);
    expect(await promptShown(bot.page)).toBe(false);
    await bot.context.close();
    const allowed = await open(
      'easylist',
      '/bot-allowed.html',
      articleHtml(suite.server, { bodyEnd: politely('data-skip-bots="false"') }),
      botUa,
    );
    await waitPrompt(allowed.page);
    await allowed.context.close();
  });

  it('data-detect-when-suppressed: politely:verdict still reaches analytics, no prompt', async () => {
    const html = articleHtml(suite.server, {
      head: VERDICT_RECORDER + '<div class="paywalled"></div>',
      bodyEnd: politely('data-skip-selector=".paywalled" data-detect-when-suppressed'),
    });
    const t = await open('easylist', '/suppress-analytics.html', html);
    await t.page.waitForFunction(() => (window as any).__verdicts.length > 0);
    expect(await t.page.evaluate(() => (window as any).__verdicts[0].blocked)).toBe(true);
    await t.page.waitForTimeout(300);
    expect(await promptShown(t.page)).toBe(false);
    await t.context.close();
  });

  it('shouldShow(verdict) has the last word', async () => {
    const html = articleHtml(suite.server, {
      bodyEnd:
        '<script src="/dist/politely.js"></script><script>window.__asked=[];Politely.init({ shouldShow: function (v) { __asked.push(v.blocked); return false } })</script>',
    });
    const t = await open('easylist', '/should-show.html', html);
    await t.page.waitForFunction(() => (window as any).__asked.length > 0);
    expect(await t.page.evaluate(() => (window as any).__asked)).toEqual([true]);
    expect(await promptShown(t.page)).toBe(false);
    await t.context.close();
  });
});

describe('command queue', () => {
  it('functions pushed before and after the script loads are each called once; a throwing one stops nothing', async () => {
    const head =
      '<script>window.politelyQueue = window.politelyQueue || []; window.__calls = [];' +
      "politelyQueue.push(function (K) { __calls.push('before:' + typeof K.init) });" +
      "politelyQueue.push(function () { throw new Error('publisher bug') });" +
      "politelyQueue.push(function (K) { __calls.push('init'); K.init({ supportUrl: '/support' }) });</script>";
    const html = articleHtml(suite.server, {
      head,
      bodyEnd: '<script src="/dist/politely.js" data-politely data-auto="false"></script>',
    });
    const t = await open('easylist', '/queue.html', html);
    await waitPrompt(t.page);
    const calls = await t.page.evaluate(async () => {
      (window as any).politelyQueue.push((K: any) => (window as any).__calls.push('after:' + typeof K.detect));
      return (window as any).__calls;
    });
    expect(calls).toEqual(['before:function', 'init', 'after:function']);
    expect(t.console.filter((m) => m.includes('[politely]'))).toHaveLength(1);
    expect(t.errors).toEqual([]);
    await t.context.close();
  });
});

describe('storage "none"', () => {
  it('stores nothing, even after "Not now"', async () => {
    const t = await open('easylist', '/storage-none.html', articleHtml(suite.server, { bodyEnd: politely('data-storage="none"') }));
    await waitPrompt(t.page);
    await t.page.locator('[data-politely-prompt]').getByRole('button', { name: 'Not now' }).click();
    await t.page.waitForFunction(() => !document.querySelector('[data-politely-prompt]'));
    expect(await stored(t.page)).toEqual({ local: 0, session: 0, cookie: '' });
    await t.context.close();
  });
});
