// What `npm run build` ships: the script tag's two files, the npm entries and their lazy chunks,
// bundled declarations, SRI hashes; detection free of Preact and UI; the loader free of the
// prompt; no string evaluation anywhere (strict CSP); size budgets, and the README's figures and
// hash in sync with the build. In the browser tier because it needs the build, which `npm test`
// runs first.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cells, section, sizesTable, type SizeResult } from '../../scripts/readme-parts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ar'];
/** The script tag's files: the loader, and what it fetches from beside itself when needed. */
const SCRIPT_TAG = [
  'dist/politely.js',
  'dist/politely-prompt.js',
  ...LOCALES.map((l) => `dist/politely-locale-${l}.js`),
  'dist/politely-diagnostics.js',
  'dist/politely-consent.js',
  'dist/politely-confirm.js',
];
/** The npm entries and their chunks, each as ES module and CommonJS. */
const NPM = [
  'politely',
  'politely-core',
  'detect',
  'detect-core',
  'detect-network',
  'prompt',
  ...LOCALES.map((l) => `prompt-locale-${l}`),
  'diagnostics',
  'consent',
].flatMap((name) => [`dist/${name}.mjs`, `dist/${name}.cjs`]);
const JS = [...SCRIPT_TAG, ...NPM];
const TYPES = ['dist/politely.d.ts', 'dist/politely.d.cts', 'dist/detect.d.ts', 'dist/detect.d.cts'];

const sizes = (): SizeResult[] => {
  try {
    return JSON.parse(execFileSync(resolve(ROOT, 'node_modules/.bin/size-limit'), ['--json'], { cwd: ROOT, encoding: 'utf8' }));
  } catch (e) {
    // size-limit exits non-zero when a budget fails; its JSON says which.
    return JSON.parse((e as { stdout: string }).stdout);
  }
};

describe('the build', () => {
  it('writes every bundle, chunk and declaration file, and nothing else', () => {
    const written = readdirSync(resolve(ROOT, 'dist'))
      .filter((f) => !f.endsWith('.map'))
      .map((f) => `dist/${f}`);
    expect(written.sort()).toEqual([...JS, ...TYPES, 'dist/sri.json'].sort());
  });

  it('stamps the version into every bundle', () => {
    const { version } = JSON.parse(read('package.json'));
    for (const file of ['dist/politely.js', 'dist/politely-prompt.js', 'dist/politely-core.mjs', 'dist/politely-core.cjs']) {
      expect(read(file), file).not.toContain('__POLITELY_VERSION__');
      expect(read(file), file).toContain(`"${version}"`);
    }
  });

  it('package.json points at what the build writes', () => {
    const pkg = JSON.parse(read('package.json'));
    const targets = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr];
    for (const entry of ['.', './detect'])
      for (const condition of ['import', 'require'])
        targets.push(...Object.values(pkg.exports[entry][condition] as Record<string, string>));
    for (const target of targets) expect(existsSync(resolve(ROOT, target)), target).toBe(true);
  });

  it('politely/detect contains no Preact, no UI, no configuration', () => {
    for (const file of ['dist/detect.mjs', 'dist/detect-core.mjs', 'dist/detect-network.mjs']) {
      const code = read(file);
      expect(code).not.toMatch(/preact|shadowRoot|attachShadow|data-politely-prompt|supportUrl/i);
    }
    // detect.mjs is a facade over detect-core.mjs, which imports nothing (its network chunk lazily).
    expect(read('dist/detect.mjs').match(/\bfrom\s*["'][^"']+["']/g)).toEqual(['from"./detect-core.mjs"']);
    expect(read('dist/detect-core.mjs')).not.toMatch(/\bfrom\s*["']/);
  });

  it('the script-tag loader carries no prompt and no Preact; the prompt file carries both, its words the locale files', () => {
    const loader = read('dist/politely.js');
    expect(loader).not.toMatch(/attachShadow|adoptedStyleSheets|How to allowlist|Symbol\.for\("pv"\)/);
    const prompt = read('dist/politely-prompt.js');
    expect(prompt).toMatch(/attachShadow/);
    expect(prompt).toMatch(/export\s*\{/);
    // The words are in the language files, one per language, fetched with the prompt.
    expect(prompt).not.toContain('How to allowlist');
    expect(read('dist/politely-locale-en.js')).toContain('How to allowlist');
    expect(read('dist/politely-locale-de.js')).not.toContain('How to allowlist');
  });

  it('the loader, and only the loader, asks Chrome to compile it on a background thread', () => {
    // The compile hint counts only as the file's first line; the IIFE follows.
    expect(read('dist/politely.js')).toMatch(/^\/\/# allFunctionsCalledOnLoad\n\(\(\)=>\{/);
    // Elsewhere it buys nothing measurable (the prompt, fetched when about to show) or a
    // publisher's bundler strips it (the npm files).
    for (const file of JS.slice(1)) expect(read(file), file).not.toContain('allFunctionsCalledOnLoad');
  });

  it('the npm entry imports the prompt (and Preact) only dynamically', () => {
    // politely.mjs is a facade: its public API, from the core chunks.
    const entry = read('dist/politely.mjs');
    expect(new Set(entry.match(/\bfrom\s*["'][^"']+["']/g))).toEqual(new Set(['from"./politely-core.mjs"', 'from"./detect-core.mjs"']));
    const core = read('dist/politely-core.mjs');
    expect(core).not.toMatch(/from\s*["']preact/);
    expect(core).toMatch(/import\(["']\.\/prompt\.mjs["']\)/);
    expect(core.match(/\bfrom\s*["'][^"']+["']/g)).toEqual(['from"./detect-core.mjs"']);
    expect(read('dist/prompt.mjs')).toMatch(/from\s*["']preact["']/);
  });

  it.each(JS)('%s evaluates no strings (no eval, no new Function, no string timers)', (file) => {
    const code = read(file);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/new\s+Function\b|\bFunction\s*\(/);
    expect(code).not.toMatch(/setTimeout\s*\(\s*["'`]/);
  });

  it('every size budget holds, and the README quotes the measured sizes (npm run readme)', () => {
    const results = sizes();
    expect(results.length).toBe(9);
    for (const r of results) expect(r.passed, `${r.name}: ${r.size} B > ${r.sizeLimit} B`).toBe(true);
    expect(cells(section(read('README.md'), 'sizes'))).toEqual(cells(sizesTable(results)));
  });

  it('publishes SRI hashes of the script tag’s files, and the README’s snippet carries the loader’s', () => {
    const sri = JSON.parse(read('dist/sri.json'));
    expect(Object.keys(sri).sort()).toEqual(SCRIPT_TAG.map((f) => f.slice('dist/'.length)).sort());
    for (const file of Object.keys(sri))
      expect(sri[file], file).toBe(
        'sha384-' +
          createHash('sha384')
            .update(readFileSync(resolve(ROOT, 'dist', file)))
            .digest('base64'),
      );
    const snippets = [...read('README.md').matchAll(/<script[^>]*integrity="([^"]+)"[^>]*>/g)];
    expect(snippets.length).toBeGreaterThan(0);
    for (const [tag, hash] of snippets) {
      expect(hash).toBe(sri['politely.js']);
      expect(tag).toContain('crossorigin="anonymous"');
      expect(tag).toMatch(/politely@\d+\.\d+\.\d+\/dist\/politely\.js/);
    }
  });

  it('the prompt’s budget counts its largest locale file', () => {
    const gzipped = (file: string) => gzipSync(readFileSync(resolve(ROOT, file)), { level: 9 }).length;
    const largest = (pattern: (l: string) => string) => LOCALES.map(pattern).reduce((a, b) => (gzipped(b) > gzipped(a) ? b : a));
    const budgets = (JSON.parse(read('package.json'))['size-limit'] as { path: string | string[] }[]).map((b) => [b.path].flat());
    expect(budgets).toContainEqual(['dist/politely-prompt.js', largest((l) => `dist/politely-locale-${l}.js`)]);
    expect(budgets).toContainEqual(['dist/prompt.mjs', largest((l) => `dist/prompt-locale-${l}.mjs`)]);
  });
});

describe('the packed tarball (npm pack)', () => {
  const packed = () => {
    // --ignore-scripts: the build has just run, and prepack would run it again.
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const [{ files }] = JSON.parse(out.slice(out.indexOf('['))) as [{ files: { path: string }[] }];
    return files.map((f) => f.path).sort();
  };

  it('holds the build and the package’s own documents: nothing from the source, the tests or the tools', () => {
    const files = packed();
    expect(files).toEqual(
      [...JS, ...TYPES, 'dist/sri.json', 'package.json', 'detect/package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].sort(),
    );
  });

  it('holds every file package.json names', () => {
    const files = packed();
    const pkg = JSON.parse(read('package.json'));
    const named: string[] = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, ...pkg.typesVersions['*'].detect];
    const walk = (value: unknown): void => {
      if (typeof value == 'string') named.push(value);
      else if (value && typeof value == 'object') Object.values(value).forEach(walk);
    };
    walk(pkg.exports);
    for (const target of named) expect(files, target).toContain(target.replace(/^\.\//, ''));
  });

  it('has a prepack that builds, and the fields the registry’s page links from', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/politely\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\//);
  });
});
