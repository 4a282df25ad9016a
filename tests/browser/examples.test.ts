// Every page in examples/ loads in real Chromium without throwing and shows what it is for:
// prompt pages (in preview, ?politely-preview, where the page allows it) show a visible card,
// detection pages print their verdict, and the one-line article shows nothing without a blocker,
// even with ?politely-preview (its preview switch is off, as by default). The demo's index links
// every example. Examples are discovered from the folder: a new page is tested the day it lands.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, useBrowser, openPage } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = readdirSync(resolve(ROOT, 'examples'))
  .filter((f) => f.endsWith('.html') && f != 'index.html')
  .sort();
const html = (file: string) => readFileSync(resolve(ROOT, 'examples', file), 'utf8');
/** The page lets ?politely-preview turn preview on (attribute or option). */
const previewable = (file: string) => /data-preview-param|previewParam:\s*true/.test(html(file));
const ADSENSE = resolve(ROOT, 'tests/browser/fixtures/adsbygoogle.js');

/** Records Politely's events on every page before any of its scripts run. */
const RECORDER = () => {
  const w = window as unknown as { __events: [string, unknown][] };
  w.__events = [];
  for (const n of ['verdict', 'show', 'action', 'dismiss', 'hide'])
    document.addEventListener('politely:' + n, (e) => w.__events.push([n, (e as CustomEvent).detail]));
};
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: [string, { blocked?: boolean }][] }).__events);

/** The prompt's card, through its open shadow root: its box, or null when there is none. */
const cardBox = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-politely-prompt]');
    const card = host?.shadowRoot?.querySelector('.pc');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return {
      width: r.width,
      height: r.height,
      visible: style.display != 'none' && style.visibility != 'hidden' && getComputedStyle(host!).display != 'none',
      text: card.textContent,
    };
  });

const suite = useBrowser(launchChromium);

async function load(file: string, query = '') {
  const t = await openPage(suite.browser, 'none');
  await t.context.addInitScript(RECORDER);
  // Pages load AdSense over https from Google, as publishers do; the test server speaks http, so
  // the stand-in library is served here (a failed ad script would look like a blocker).
  await t.page.route(/^https:\/\/pagead2\.googlesyndication\.com\//, (route) =>
    route.fulfill({ path: ADSENSE, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } }),
  );
  await t.page.goto(`${suite.server.origin()}/examples/${file}${query}`);
  return t;
}

it('finds the examples', () => {
  expect(EXAMPLES).toEqual(
    expect.arrayContaining([
      'article.html',
      'banner.html',
      'modal.html',
      'corner.html',
      'inline.html',
      'theme.html',
      'dark.html',
      'rtl.html',
      'esm.html',
      'analytics.html',
      'detect.html',
    ]),
  );
});

describe.each(EXAMPLES)('examples/%s', (file) => {
  it('has a <title> and a description for the demo index', () => {
    expect(html(file)).toMatch(/<title>[^<]+<\/title>/);
    expect(html(file)).toMatch(/<meta\s+name="description"\s+content="[^"]+"\s*\/?>/);
  });

  it(`loads without a page error and shows ${previewable(file) ? 'the prompt (?politely-preview)' : 'what it is for'}`, async () => {
    const query = previewable(file) ? '?politely-preview' : '';
    const t = await load(file, query);
    const { page } = t;
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    await expect.poll(async () => (await events(page)).some((e) => e[0] == 'verdict' || e[0] == 'show'), { timeout: 10_000 }).toBe(true);

    if (previewable(file)) {
      await page.locator('[data-politely-prompt]').first().waitFor({ state: 'attached', timeout: 10_000 });
      await expect.poll(() => cardBox(page), { timeout: 5000 }).toMatchObject({ visible: true });
      const box = (await cardBox(page))!;
      expect(box.width).toBeGreaterThan(100);
      expect(box.height).toBeGreaterThan(50);
      // The preview label, in the page's language (the Arabic example: معاينة).
      expect(box.text).toContain(file == 'rtl.html' ? 'معاينة' : 'Preview');
      const shows = (await events(page)).filter((e) => e[0] == 'show');
      expect(shows).toEqual([['show', expect.objectContaining({ preview: true })]]);
    } else {
      // Not previewable: nothing appears without a blocker, whatever the URL says.
      const withParam = await load(file, '?politely-preview');
      await withParam.page.waitForTimeout(1000);
      expect(await withParam.page.locator('[data-politely-prompt]').count()).toBe(0);
      expect(withParam.errors).toEqual([]);
      await withParam.context.close();
    }

    // Page-specific output.
    if (/id="verdict"/.test(html(file)))
      await expect.poll(() => page.locator('#verdict').textContent(), { timeout: 10_000 }).toContain('"blocked": false');
    if (/id="datalayer"/.test(html(file)))
      await expect.poll(() => page.locator('#datalayer').textContent()).toContain('"event":"politely_show"');
    if (file == 'article.html') {
      await page.waitForTimeout(300);
      const verdicts = (await events(page)).filter((e) => e[0] == 'verdict');
      expect(verdicts.map((v) => v[1].blocked)).toEqual([false]);
      expect(await page.locator('[data-politely-prompt]').count()).toBe(0);
    }

    expect(t.errors).toEqual([]);
    expect(t.console.filter((m) => m.includes('[politely]'))).toEqual([]);
    await t.context.close();
  });
});

describe('npm run demo', () => {
  let demo: ChildProcess | undefined;
  afterAll(() => {
    demo?.kill();
  });

  it('serves an index that links every example, and every linked page', async () => {
    const port = await new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => done(p));
      });
    });
    demo = spawn(process.execPath, [resolve(ROOT, 'scripts/demo.mjs'), '--no-build'], {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((ok, fail) => {
      demo!.stdout!.on('data', (d: Buffer) => d.toString().includes(`http://localhost:${port}/`) && ok());
      demo!.on('exit', (code) => fail(new Error(`demo exited with ${code}`)));
    });
    const index = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    for (const file of EXAMPLES) {
      expect(index).toContain(`href="/examples/${file}"`);
      const res = await fetch(`http://127.0.0.1:${port}/examples/${file}`);
      expect(res.status, file).toBe(200);
    }
    // What the examples load: the bundles, the shared CSS, and Preact for the ESM page's import map.
    for (const path of [
      '/dist/politely.js',
      '/dist/politely.mjs',
      '/dist/detect.mjs',
      '/examples/assets/site.css',
      '/node_modules/preact/dist/preact.mjs',
    ])
      expect((await fetch(`http://127.0.0.1:${port}${path}`)).status, path).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/package.json`)).status).toBe(404);
  });
});
