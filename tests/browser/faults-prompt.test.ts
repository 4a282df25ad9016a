// The fault matrix (prompt side), in real Chromium: storage that throws or is full, every way the
// script tag can be included (head without defer, after `load`, twice, init() twice), a
// sandboxed iframe, a slow ad network, pages without ads, going offline, SPA navigation, reduced
// motion, a 320 px phone and hostile page CSS. Every case asserts no page error, no unexpected
// `[politely]` console output and the right outcome: the prompt shown exactly once, visible and
// operable — or never shown.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  VERDICT_RECORDER,
  articleHtml,
  firstVerdict,
  launchChromium,
  useBrowser,
  openPage,
  type ArticleOptions,
  type Condition,
  type OpenOptions,
  type TestPage,
} from './harness';

const SHOTS = resolve(import.meta.dirname, 'artifacts/screenshots');
const SUPPORT = 'https://example.org/support';
const tag = (attrs = '', src = '/dist/politely.js') =>
  `<script src="${src}" data-politely data-support-url="${SUPPORT}" ${attrs}></script>`;
/** Politely's show/hide/dismiss events, and every prompt host ever added to the page. */
const RECORDER =
  "<script>window.__ev=[];['show','hide','dismiss'].forEach(function(n){document.addEventListener('politely:'+n,function(){__ev.push(n)})});" +
  "window.__added=0;new MutationObserver(function(ms){ms.forEach(function(m){m.addedNodes.forEach(function(x){if(x.nodeType==1&&x.hasAttribute('data-politely-prompt'))__added++})})}).observe(document,{childList:true,subtree:true});</script>";
type W = {
  __ev: string[];
  __added: number;
  __k: { recheck(): Promise<{ blocked: boolean }> };
  __same: boolean;
  __host: Element;
  __frameErrors: string[];
};

const suite = useBrowser(launchChromium, () => {
  mkdirSync(SHOTS, { recursive: true });
});

let n = 0;
/** Opens the article (with the recorders in <head>) under a condition. */
async function open(condition: Condition, page: ArticleOptions & { raw?: string }, options: OpenOptions & { initScript?: string } = {}) {
  const t = await openPage(suite.browser, condition, options);
  if (options.initScript) await t.page.addInitScript(options.initScript);
  const html = page.raw ?? articleHtml(suite.server, { ...page, head: RECORDER + VERDICT_RECORDER + (page.head ?? '') });
  await t.page.goto(suite.server.page(`/fault-prompt-${n++}.html`, html));
  return t;
}

/** What the page's prompt looks like: hosts, the card's box, effective visibility, every control hit-tested. */
function inspect() {
  const hosts = document.querySelectorAll('[data-politely-prompt]');
  const host = hosts[0] as HTMLElement | undefined;
  const root = host?.shadowRoot;
  // The card itself, not its unseen twin (.pz, aria-hidden and inert, which reserves its room).
  const card = root?.querySelector('.pc:not(.pz)') as HTMLElement | null | undefined;
  if (!host || !root || !card) return { hosts: hosts.length, ok: false as const };
  const box = (r: DOMRect) => ({
    left: Math.round(r.left),
    right: Math.round(r.right),
    top: Math.round(r.top),
    bottom: Math.round(r.bottom),
    width: Math.round(r.width),
    height: Math.round(r.height),
  });
  // Opacity multiplies down the composed tree: the host's (or the page's) 0 hides the card.
  let opacity = 1;
  for (let el: Element | null = card; el; el = el.parentElement || ((el.getRootNode() as ShadowRoot).host ?? null))
    opacity *= Number(getComputedStyle(el).opacity);
  const controls = [...card.querySelectorAll<HTMLElement>('a,button,select')].map((b) => {
    const r = b.getBoundingClientRect();
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      name: b.textContent,
      ...box(r),
      hit: !!hit && b.contains(hit),
      visibility: getComputedStyle(b).visibility,
      pointer: getComputedStyle(b).pointerEvents,
    };
  });
  return {
    hosts: hosts.length,
    ok: true as const,
    inBody: host.parentElement == document.body,
    card: box(card.getBoundingClientRect()),
    visibility: getComputedStyle(card).visibility,
    display: getComputedStyle(host).display,
    opacity,
    controls,
    vw: document.documentElement.clientWidth,
    vh: innerHeight,
  };
}

const card = (t: Page | Frame) => t.locator('[data-politely-prompt] .pc:not(.pz)');
const recorded = (page: Page) => page.evaluate(() => ({ ev: (window as unknown as W).__ev, added: (window as unknown as W).__added }));

/** Waits for the prompt and asserts it is there once, visible, inside the viewport, every control hit-testable. */
async function expectPrompt(t: Page | Frame) {
  await card(t).first().waitFor({ state: 'attached', timeout: 8000 });
  // Past the fade-in (none under reduced motion): the card at its resting state.
  await t.evaluate(() =>
    Promise.all(
      document
        .querySelector('[data-politely-prompt]')!
        .shadowRoot!.getAnimations()
        .map((a) => a.finished),
    ),
  );
  const r = await t.evaluate(inspect);
  expect(r.ok, JSON.stringify(r)).toBe(true);
  if (!r.ok) return r;
  expect(r.hosts).toBe(1);
  expect({ display: r.display, visibility: r.visibility, opacity: r.opacity }).toEqual({
    display: 'block',
    visibility: 'visible',
    opacity: 1,
  });
  expect(r.card.width).toBeGreaterThan(100);
  expect(r.card.height).toBeGreaterThan(50);
  expect(r.card.top).toBeGreaterThanOrEqual(0);
  expect(r.card.bottom).toBeLessThanOrEqual(r.vh + 1);
  // Closed: "Not now", the support link, "How to allowlist".
  expect(r.controls.length).toBeGreaterThanOrEqual(3);
  for (const c of r.controls) expect(c, JSON.stringify(c)).toMatchObject({ hit: true, visibility: 'visible' });
  return r;
}

/** Waits for the first verdict and past the moment a prompt would follow it: none may appear. */
async function expectNoPrompt(t: TestPage) {
  const v = await firstVerdict(t.page);
  await t.page.waitForTimeout(400);
  expect(await recorded(t.page)).toEqual({ ev: [], added: 0 });
  expect(await t.page.locator('[data-politely-prompt]').count()).toBe(0);
  return v;
}

/** "Not now" closes it (the host leaves the page). */
async function dismiss(t: Page | Frame) {
  await t.getByRole('button', { name: 'Not now' }).click({ timeout: 5000 });
  await t.locator('[data-politely-prompt]').waitFor({ state: 'detached', timeout: 5000 });
}

/** No page error; Politely's console output is exactly the expected warnings (or at most `max` of them). */
async function done(t: TestPage, expected: RegExp[] = [], max = expected.length) {
  expect(t.errors.map(String)).toEqual([]);
  const mine = t.console.filter((m) => m.includes('[politely]'));
  expect(mine.length, mine.join('\n')).toBeLessThanOrEqual(max);
  for (const m of mine) expect(m).toMatch(/^warning: \[politely\] /);
  for (const re of expected)
    expect(
      mine.some((m) => re.test(m)),
      `${re} in ${JSON.stringify(mine)}`,
    ).toBe(true);
  await t.context.close();
}

describe('fault matrix: the prompt', () => {
  it('1. localStorage, sessionStorage and document.cookie throwing SecurityError: shows, "Not now" works', async () => {
    const deny =
      "(function(){var deny=function(){throw new DOMException('The operation is insecure.','SecurityError')};" +
      "['localStorage','sessionStorage'].forEach(function(k){Object.defineProperty(window,k,{configurable:true,get:deny})});" +
      "Object.defineProperty(Document.prototype,'cookie',{configurable:true,get:deny,set:deny})})()";
    const t = await open('easylist', { bodyEnd: tag() }, { initScript: deny });
    expect(
      await t.page.evaluate(() =>
        ['localStorage', 'sessionStorage', 'cookie'].map((k) => {
          try {
            return (void (k == 'cookie' ? document.cookie : (window as unknown as Record<string, unknown>)[k]), 'readable');
          } catch (e) {
            return (e as DOMException).name;
          }
        }),
      ),
    ).toEqual(['SecurityError', 'SecurityError', 'SecurityError']);
    await expectPrompt(t.page);
    await dismiss(t.page);
    expect((await recorded(t.page)).ev).toEqual(['show', 'dismiss', 'hide']);
    await done(t, [], 1);
  });

  it('2. storage full (setItem throws QuotaExceededError): shows, "Not now" works, nothing stored', async () => {
    const full = "Storage.prototype.setItem=function(){throw new DOMException('The quota has been exceeded.','QuotaExceededError')};";
    const t = await open('easylist', { bodyEnd: tag() }, { initScript: full });
    await expectPrompt(t.page);
    await dismiss(t.page);
    expect(await t.page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect((await recorded(t.page)).ev).toEqual(['show', 'dismiss', 'hide']);
    await done(t);
  });

  it('3. script in <head> without defer/async: one prompt, appended to <body>', async () => {
    const t = await open('easylist', { head: tag() });
    const r = await expectPrompt(t.page);
    expect(r.ok && r.inBody).toBe(true);
    await t.page.waitForTimeout(300);
    expect(await recorded(t.page)).toEqual({ ev: ['show'], added: 1 });
    await dismiss(t.page);
    await done(t);
  });

  it('4. async script tag inserted after the load event: the prompt appears', async () => {
    const late =
      "<script>addEventListener('load',function(){setTimeout(function(){window.__state=document.readyState;var s=document.createElement('script');" +
      `s.async=true;s.src='/dist/politely.js';s.setAttribute('data-politely','');s.setAttribute('data-support-url','${SUPPORT}');document.head.appendChild(s)},200)})</script>`;
    const t = await open('easylist', { head: late });
    await expectPrompt(t.page);
    expect(await t.page.evaluate(() => (window as unknown as { __state: string }).__state)).toBe('complete');
    expect(await recorded(t.page)).toEqual({ ev: ['show'], added: 1 });
    await done(t);
  });

  it('5. the script included twice: exactly one prompt host, the second copy only warns', async () => {
    const t = await open('easylist', { bodyEnd: tag() + tag() });
    await expectPrompt(t.page);
    await t.page.waitForTimeout(400);
    expect(await recorded(t.page)).toEqual({ ev: ['show'], added: 1 });
    expect(await t.page.locator('[data-politely-prompt]').count()).toBe(1);
    await dismiss(t.page);
    await done(t, [/loaded twice/]);
  });

  it('6. Politely.init() called twice: the second returns the first controller, one prompt (the first options)', async () => {
    const init = `<script src="/dist/politely.js"></script><script>var a=Politely.init({supportUrl:'${SUPPORT}'});var b=Politely.init({supportUrl:'${SUPPORT}',mode:'modal'});window.__same=a===b</script>`;
    const t = await open('easylist', { bodyEnd: init });
    await expectPrompt(t.page);
    await t.page.waitForTimeout(400);
    expect(await t.page.evaluate(() => (window as unknown as W).__same)).toBe(true);
    expect(await recorded(t.page)).toEqual({ ev: ['show'], added: 1 });
    expect(await card(t.page).getAttribute('role')).toBe('region'); // the banner, not the second call's modal
    await dismiss(t.page);
    await done(t, [/init\(\) called twice/]);
  });

  it('7. a sandboxed srcdoc iframe (opaque origin, storage throws): the preview prompt renders and works inside it, its relative support URL resolved against the frame’s base URL', async () => {
    // An opaque origin fetches the prompt module with CORS: served as a CDN serves it (jsDelivr
    // and unpkg send Access-Control-Allow-Origin: *; the README says so for self-hosting).
    const cdn = { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*' };
    const dist = resolve(import.meta.dirname, '../../dist');
    for (const file of readdirSync(dist).filter((f) => /^politely[\w-]*\.js$/.test(f)))
      suite.server.page(`/cdn/${file}`, readFileSync(resolve(dist, file)), cdn);
    const forward =
      "<script>window.__ferr=[];function f(m){parent.postMessage({politelyFrameError:String(m)},'*')}addEventListener('error',function(e){f(e.message)});addEventListener('unhandledrejection',function(e){f(e.reason)})</script>";
    const inner = articleHtml(suite.server, {
      ad: 'none',
      head: forward,
      // Relative: a srcdoc document's base URL is its parent's, not about:srcdoc.
      bodyEnd: `<script src="${suite.server.origin()}/cdn/politely.js" data-politely data-preview data-support-url="/support"></script>`,
    });
    const outer = `<!doctype html><title>sandbox</title><script>window.__frameErrors=[];addEventListener('message',function(e){if(e.data&&e.data.politelyFrameError)__frameErrors.push(e.data.politelyFrameError)})</script>
<iframe sandbox="allow-scripts" srcdoc="${inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" style="width:640px;height:480px;border:0"></iframe>`;
    const t = await open('none', { raw: outer });
    const frame = t.page.frames().find((f) => f != t.page.mainFrame())!;
    expect(frame).toBeTruthy();
    await expectPrompt(frame);
    expect(
      await frame.evaluate(() => [
        origin,
        (() => {
          try {
            return (void localStorage, 'available');
          } catch (e) {
            return (e as DOMException).name;
          }
        })(),
      ]),
    ).toEqual(['null', 'SecurityError']);
    expect(await card(frame).textContent()).toContain('Preview');
    expect(await card(frame).getByRole('link', { name: 'Support us' }).getAttribute('href')).toBe(`${suite.server.origin()}/support`);
    expect(await t.page.locator('[data-politely-prompt]').count()).toBe(0); // in the frame, not the parent
    await dismiss(frame);
    expect(await t.page.evaluate(() => (window as unknown as W).__frameErrors)).toEqual([]);
    await done(t);
  });

  it('8. a slow ad script (3 s) and no blocker: the prompt never appears, even after the ad loads', async () => {
    const t = await open('none', { ad: { delayMs: 3000 }, bodyEnd: tag() });
    const v = await expectNoPrompt(t);
    expect(v.blocked).toBe(false);
    await t.page.waitForFunction(() => (window as unknown as { adsbygoogle?: { loaded?: boolean } }).adsbygoogle?.loaded === true, null, {
      timeout: 10_000,
    });
    await t.page.waitForTimeout(300);
    expect(await recorded(t.page)).toEqual({ ev: [], added: 0 });
    await done(t);
  });

  it('9. a page without any ad script: no prompt without a blocker, the prompt under cosmetic filtering', async () => {
    const none = await open('none', { ad: 'none', bodyEnd: tag() });
    expect((await expectNoPrompt(none)).blocked).toBe(false);
    await done(none);
    const cosmetic = await open('cosmetic', { ad: 'none', bodyEnd: tag() });
    await expectPrompt(cosmetic.page);
    expect(await recorded(cosmetic.page)).toEqual({ ev: ['show'], added: 1 });
    await done(cosmetic);
  });

  it('10. offline after load: "check again" and controller.recheck() neither throw nor falsely thank or close', async () => {
    const init = `<script src="/dist/politely.js"></script><script>window.__k=Politely.init({supportUrl:'${SUPPORT}'})</script>`;
    const t = await open('easylist', { bodyEnd: init });
    const { page } = t;
    await expectPrompt(page);
    await t.context.setOffline(true);
    // "Check again" is offered once the reader has opened the steps.
    await page.getByRole('button', { name: 'How to allowlist' }).click({ timeout: 5000 });
    await page.getByRole('button', { name: "I've allowlisted — check again" }).click({ timeout: 5000 });
    const status = page.locator('[data-politely-prompt] [role=status]');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/^(Thank you!|Ads still seem blocked)/);
    expect(await status.textContent()).toBe('Ads still seem blocked. Reloading the page may help.');
    const v = await page.evaluate(() =>
      (window as unknown as W).__k.recheck().then(
        (r) => ({ blocked: r.blocked }),
        (e) => ({ threw: String(e) }),
      ),
    );
    expect(v).toEqual({ blocked: true });
    expect(await status.textContent()).toBe('Ads still seem blocked. Reloading the page may help.');
    await page.getByRole('button', { name: 'Reload page' }).waitFor({ timeout: 2000 });
    await page.waitForTimeout(300);
    expect(await recorded(page)).toEqual({ ev: ['show'], added: 1 }); // never hidden, never thanked
    await done(t);
  });

  // README: one detection per page load, shared; a second init() returns the first controller;
  // the host lives in <body>. Politely does not watch navigation, so history.pushState is not a new
  // page load: an open prompt stays open (the same host node), a dismissed one stays closed,
  // and a route that calls init() again gets the same controller: never a second prompt.
  it('11. history.pushState navigation (SPA): the prompt stays as it is, never duplicated', async () => {
    const t = await open('easylist', { bodyEnd: tag() });
    const { page } = t;
    await expectPrompt(page);
    const route = (path: string) =>
      page.evaluate((p) => {
        (window as unknown as W).__host ??= document.querySelector('[data-politely-prompt]')!;
        history.pushState({}, '', p);
        document.querySelector('h1')!.textContent = 'Next story: ' + p;
        (window as unknown as { Politely: { init(o: object): unknown } }).Politely.init({ supportUrl: 'https://example.org/support' });
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
    await route('/spa/second-story');
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(
        () =>
          (window as unknown as W).__host.isConnected &&
          document.querySelector('[data-politely-prompt]') == (window as unknown as W).__host,
      ),
    ).toBe(true);
    expect(await recorded(page)).toEqual({ ev: ['show'], added: 1 });
    await expectPrompt(page);
    await dismiss(page);
    await route('/spa/third-story');
    await page.goBack();
    await page.waitForTimeout(300);
    expect(await recorded(page)).toEqual({ ev: ['show', 'dismiss', 'hide'], added: 1 });
    expect(await page.locator('[data-politely-prompt]').count()).toBe(0);
    await done(t, [/init\(\) called twice/], 2);
  });

  it('12. prefers-reduced-motion: reduce: no animation or transition anywhere in the shadow root', async () => {
    const motion = () => {
      const root = document.querySelector('[data-politely-prompt]')!.shadowRoot!;
      const moving = [...root.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        const any = (v: string) => v.split(',').some((x) => parseFloat(x) > 0);
        return (s.animationName != 'none' && any(s.animationDuration)) || (s.transitionProperty != 'none' && any(s.transitionDuration));
      });
      return { moving: moving.map((el) => el.className), animations: root.getAnimations().length };
    };
    // The control: without the preference the card fades in, so the check can see motion.
    const control = await open('none', { bodyEnd: tag('data-preview') }, { reducedMotion: 'no-preference' });
    await expectPrompt(control.page);
    expect((await control.page.evaluate(motion)).moving).toContain('pc');
    await done(control);
    const t = await open('none', { bodyEnd: tag('data-preview') }, { reducedMotion: 'reduce' });
    await expectPrompt(t.page);
    expect(await t.page.evaluate(motion)).toEqual({ moving: [], animations: 0 });
    await done(t);
  });

  it('13. a 320 px wide viewport: the banner fits, no horizontal scroll, every control visible and >= 24x24', async () => {
    const t = await open('easylist', { bodyEnd: tag() }, { viewport: { width: 320, height: 568 }, reducedMotion: 'reduce' });
    const r = await expectPrompt(t.page);
    if (!r.ok) return;
    expect(r.card.left).toBeGreaterThanOrEqual(0);
    expect(r.card.right).toBeLessThanOrEqual(320);
    expect(await t.page.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth])).toEqual([320, 320]);
    for (const c of r.controls) {
      expect(c.left, c.name!).toBeGreaterThanOrEqual(0);
      expect(c.right, c.name!).toBeLessThanOrEqual(320);
      expect(c.top, c.name!).toBeGreaterThanOrEqual(0);
      expect(c.bottom, c.name!).toBeLessThanOrEqual(568);
      expect(Math.min(c.width, c.height), c.name!).toBeGreaterThanOrEqual(24);
    }
    await t.page.screenshot({ path: `${SHOTS}/fault-320.png` });
    await dismiss(t.page);
    await done(t);
  });

  // What the library must withstand: generic page rules that reach its host element (a <div>)
  // or reach inside by inheritance (visibility, pointer-events, colour, font). Out of scope: a
  // rule that names the host ([data-politely-prompt]{display:none}: the publisher or a filter list
  // deciding to hide it, see README's known limits), user-origin stylesheets (a browser
  // extension's, which outrank any page CSS), and non-inherited effects on its ancestors
  // (body{display:none|opacity:0|transform}), which hide the page itself.
  it('14. hostile global CSS: the banner stays visible, operable and laid out as on a normal page', async () => {
    const hostile =
      '*{all:unset;display:block!important}' +
      '*,*::before,*::after{box-sizing:content-box!important;font-size:0!important;line-height:0!important;color:transparent!important;pointer-events:none!important}' +
      'div{visibility:hidden!important;opacity:0!important;position:static!important;z-index:-1!important}';
    const shoot = async (name: string, css?: string) => {
      const t = await open('easylist', { bodyEnd: tag(), css }, { reducedMotion: 'reduce' });
      await card(t.page).waitFor({ state: 'attached', timeout: 8000 });
      await t.page.screenshot({ path: `${SHOTS}/${name}.png` });
      return t;
    };
    const normal = await shoot('fault-normal');
    const base = await expectPrompt(normal.page);
    await done(normal);
    const t = await shoot('fault-hostile-css', hostile);
    const r = await expectPrompt(t.page);
    if (!r.ok || !base.ok) return;
    // A banner at the bottom of the viewport, full width, the same size as on the normal page.
    expect(Math.abs(r.card.bottom - r.vh)).toBeLessThanOrEqual(1);
    expect(r.card.left).toBe(0);
    expect(Math.abs(r.card.width - r.vw)).toBeLessThanOrEqual(1);
    expect(Math.abs(r.card.height - base.card.height)).toBeLessThanOrEqual(2);
    expect(r.controls.map((c) => [c.name, c.width, c.height])).toEqual(base.controls.map((c) => [c.name, c.width, c.height]));
    await t.page.getByRole('button', { name: 'How to allowlist' }).click({ timeout: 3000 });
    await t.page.locator('[data-politely-prompt] .pc:not(.pz) ol').waitFor({ state: 'visible', timeout: 3000 });
    await dismiss(t.page);
    await done(t);
  });

  it('15. <body> replaced while the prompt is open (hydration): the prompt comes back, once, and works', async () => {
    const t = await open('easylist', { bodyEnd: tag() }, { reducedMotion: 'reduce' });
    await expectPrompt(t.page);
    // What a framework's hydration does at worst: a new <body> in place of the server-rendered one.
    await t.page.evaluate(() => {
      const fresh = document.createElement('body');
      fresh.innerHTML = '<main><h1>Hydrated</h1><p>The same story, rendered again.</p></main>';
      document.documentElement.replaceChild(fresh, document.body);
    });
    await expect.poll(() => t.page.evaluate(() => document.body.querySelectorAll('[data-politely-prompt]').length)).toBe(1);
    const r = await expectPrompt(t.page);
    expect(r.ok).toBe(true);
    await dismiss(t.page);
    await done(t);
  });
});
