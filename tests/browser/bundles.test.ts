// What `npm run build` ships: the three bundles and their types, detection free of Preact, no
// string evaluation anywhere (strict CSP), sizes within budget and the README's figures in sync.
// In the browser tier because it needs the build, which `npm test` runs first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const BUNDLES = ['dist/politely.mjs', 'dist/detect.mjs', 'dist/politely.umd.js'];

interface SizeResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}
const sizes = (): SizeResult[] =>
  JSON.parse(execFileSync(resolve(ROOT, 'node_modules/.bin/size-limit'), ['--json'], { cwd: ROOT, encoding: 'utf8' }));

describe('the build', () => {
  it('writes the three bundles and the types of both entries', () => {
    for (const file of [...BUNDLES, 'dist/types/index.d.ts', 'dist/types/detect/index.d.ts'])
      expect(existsSync(resolve(ROOT, file)), file).toBe(true);
  });

  it('package.json points at what the build writes', () => {
    const pkg = JSON.parse(read('package.json'));
    for (const target of [
      pkg.exports['.'].import,
      pkg.exports['.'].types,
      pkg.exports['./detect'].import,
      pkg.exports['./detect'].types,
      pkg.unpkg,
      pkg.jsdelivr,
    ])
      expect(existsSync(resolve(ROOT, target)), target).toBe(true);
  });

  it('politely/detect contains no Preact and no UI', () => {
    const code = read('dist/detect.mjs');
    expect(code).not.toMatch(/preact|shadowRoot|attachShadow/i);
    expect(code).not.toMatch(/^import /m);
  });

  it('the UMD bundle is self-contained and defines the Politely global', () => {
    const code = read('dist/politely.umd.js');
    expect(code).not.toMatch(/require\(["']preact/);
    expect(code).toMatch(/\.Politely\b/);
  });

  it.each(BUNDLES)('%s evaluates no strings (no eval, no new Function)', (file) => {
    const code = read(file);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/new\s+Function\b|\bFunction\s*\(/);
    expect(code).not.toMatch(/setTimeout\s*\(\s*["'`]/);
  });

  it('every size budget holds, and the README quotes the measured sizes', () => {
    const results = sizes();
    expect(results.length).toBeGreaterThanOrEqual(2);
    const readme = read('README.md');
    for (const r of results) {
      expect(r.passed, `${r.name}: ${r.size} B > ${r.sizeLimit} B`).toBe(true);
      const kB = `${(r.size / 1000).toFixed(2)} kB`;
      expect(readme, `README should quote ${r.name} as ${kB}`).toContain(`${r.name}\` | ${kB}`);
    }
  });
});
