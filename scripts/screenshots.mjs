#!/usr/bin/env node
// README screenshots from the real examples: `npm run screenshots` (it builds first). Serves the
// examples with the demo's own server, opens each in Debian's Chromium in preview mode
// (?politely-preview) and writes docs/screenshots/<placement>-<desktop|phone>-<light|dark>.png for
// every placement, rtl-<desktop|phone>.png (Arabic), and the allowlist steps open on a phone and on
// a desktop (<placement>-<size>-help.png). The ad library is answered as a network blocker would
// (the request fails), so the inline slot is the empty slot a reader with a blocker sees.
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createDemoServer } from './demo.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs/screenshots');
const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
};
const PLACEMENTS = ['banner', 'modal', 'corner', 'inline'];

/** Every screenshot: its name, the example page, the viewport, the colour scheme, whether the steps are open. */
export const SHOTS = [
  ...PLACEMENTS.flatMap((placement) =>
    Object.keys(SIZES).flatMap((size) =>
      ['light', 'dark'].map((scheme) => ({ name: `${placement}-${size}-${scheme}`, file: `${placement}.html`, size, scheme })),
    ),
  ),
  ...Object.keys(SIZES).map((size) => ({ name: `rtl-${size}`, file: 'rtl.html', size, scheme: 'light' })),
  { name: 'banner-phone-help', file: 'banner.html', size: 'phone', scheme: 'light', help: true },
  { name: 'corner-desktop-help', file: 'corner.html', size: 'desktop', scheme: 'light', help: true },
  { name: 'modal-phone-help', file: 'modal.html', size: 'phone', scheme: 'dark', help: true },
];

mkdirSync(OUT, { recursive: true });
// Screenshots of earlier layouts go: the folder holds exactly these.
for (const file of readdirSync(OUT)) if (file.endsWith('.png') && !SHOTS.some((s) => file == s.name + '.png')) rmSync(resolve(OUT, file));
const server = createDemoServer();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
let failed = false;
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: SIZES[shot.size], reducedMotion: 'reduce', colorScheme: shot.scheme });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.route(/googlesyndication\.com/, (route) => route.abort('blockedbyclient'));
    await page.goto(`${origin}/examples/${shot.file}?politely-preview`);
    const card = page.locator('[data-politely-prompt] .pc:not(.pz)').first();
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    if (shot.help) await card.locator('button[aria-controls]').click();
    if (shot.file == 'inline.html') await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // The logo, where there is one, has loaded.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-politely-prompt]')].every((host) =>
        [...(host.shadowRoot?.querySelectorAll('img') ?? [])].every((img) => img.complete),
      ),
    );
    const path = resolve(OUT, `${shot.name}.png`);
    await page.screenshot({ path });
    if (errors.length) {
      failed = true;
      console.error(`${shot.file} (${shot.name}) threw:`, errors.map(String));
    }
    console.log(path.slice(ROOT.length + 1));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) process.exit(1);
