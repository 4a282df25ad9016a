// The built npm bundles (not the source) import in plain Node with no DOM: detect() resolves "not
// blocked" with a reason and init() neither throws nor warns. Run in a child `node`, outside
// Vitest, so no test-environment polyfill can hide a bundle that touches `window` at import.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const url = (file: string) => pathToFileURL(resolve(ROOT, file)).href;

const SCRIPT = `
const detectOnly = await import(${JSON.stringify(url('dist/detect.mjs'))});
const politely = await import(${JSON.stringify(url('dist/politely.mjs'))});
const verdict = await detectOnly.detect();
const viaPolitely = await politely.detect();
const controller = politely.init({ supportUrl: 'https://example.org/support', mode: 'modal' });
await controller.ready;
controller.show();
controller.hide();
const rechecked = await controller.recheck();
controller.destroy();
console.log(JSON.stringify({
  dom: typeof document + ' ' + typeof window,
  verdict, shared: verdict === viaPolitely, rechecked,
  exports: Object.keys(politely).sort(), version: politely.version,
}));
`;

it('dist/detect.mjs and dist/politely.mjs import and run in plain Node: not blocked with a reason, init() inert and silent', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const out = JSON.parse(run.stdout);
  expect(out.dom).toBe('undefined undefined');
  expect(out.verdict).toMatchObject({ blocked: false, reason: 'no DOM', signals: { bait: 'off', adStack: 'off', probe: 'off' } });
  // politely re-exports politely/detect: one detection per page, shared by both entries.
  expect(out.shared).toBe(true);
  expect(out.rechecked).toMatchObject({ blocked: false, reason: 'no DOM' });
  expect(out.exports).toEqual(['consent', 'detect', 'init', 'version']);
  expect(out.version).toMatch(/^\d+\.\d+\.\d+/);
});
