#!/usr/bin/env node
// README screenshots from the real examples: `node scripts/screenshots.mjs` (after `npm run build`).
// Serves the examples with the demo's own server, opens each in Debian's Chromium in preview mode
// (?politely-preview) and writes docs/screenshots/<name>-desktop.png and <name>-phone.png.
// The ad library is answered as a network blocker would (the request fails), so the inline slot
// is the empty slot a reader with a blocker sees. CHROMIUM_PATH overrides /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createDemoServer } from './demo.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs/screenshots');

/** Screenshot name → example page. */
export const SHOTS = {
  banner: 'banner.html',
  modal: 'modal.html',
  corner: 'corner.html',
  inline: 'inline.html',
  dark: 'dark.html',
  rtl: 'rtl.html',
};
const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
};

mkdirSync(OUT, { recursive: true });
const server = createDemoServer();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
let failed = false;
try {
  for (const [name, file] of Object.entries(SHOTS))
    for (const [size, viewport] of Object.entries(SIZES)) {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce', colorScheme: name == 'dark' ? 'dark' : 'light' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e));
      await page.route(/googlesyndication\.com/, (route) => route.abort('blockedbyclient'));
      await page.goto(`${origin}/examples/${file}?politely-preview`);
      const card = page.locator('[data-politely-prompt] .pc').first();
      await card.waitFor({ state: 'visible', timeout: 10_000 });
      if (name == 'inline') await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const path = resolve(OUT, `${name}-${size}.png`);
      await page.screenshot({ path });
      if (errors.length) {
        failed = true;
        console.error(`${file} (${size}) threw:`, errors.map(String));
      }
      console.log(path.slice(ROOT.length + 1));
      await context.close();
    }
} finally {
  await browser.close();
  server.close();
}
if (failed) process.exit(1);
