// A Vite app built against the packed package (`npm pack`, then installed as a reader's app would
// have it): the prompt and Preact must land in one lazily loaded chunk, out of the entry chunk
// that every page view downloads. Preact is found two ways, which must agree: by the chunk's
// modules (Rolldown's `moduleIds`, with rendered code) and by a marker in its code that survives
// minification (`Symbol.for("pv")`, Preact's vnode brand, checked against Preact's own dist). A
// control build that imports Preact statically shows both finders see it when it is there.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PREACT = join(ROOT, 'node_modules/preact');
const MARKER = /Symbol\.for\((["'`])pv\1\)/;

type Output = Extract<Awaited<ReturnType<typeof build>>, { output: unknown }>;
type Chunk = Extract<Output['output'][number], { type: 'chunk' }>;
type Asset = Extract<Output['output'][number], { type: 'asset' }>;

let tmp: string;
let tarball: string;

/** A Vite app in the temporary directory, with `politely` installed from the tarball; its build's output. */
async function buildApp(name: string, main: string) {
  const app = join(tmp, name);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html>\n<html lang="en"><body><h1>News</h1><script type="module" src="/main.ts"></script></body></html>\n',
  );
  writeFileSync(join(app, 'main.ts'), main);
  // Preact is linked from this repository (it satisfies politely's dependency): no network.
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', tarball, PREACT];
  execFileSync('npm', args, { cwd: app, stdio: 'pipe' });
  const warnings: string[] = [];
  const result = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, rolldownOptions: { onwarn: (warning) => void warnings.push(warning.message) } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Output[];
  expect(outputs).toHaveLength(1);
  const output = outputs[0].output;
  const chunks = output.filter((file): file is Chunk => file.type == 'chunk');
  const html = output.find((file): file is Asset => file.type == 'asset' && file.fileName == 'index.html');
  return { chunks, html: String(html?.source), warnings };
}

/** Preact's modules with rendered code in this chunk. */
const preactModules = (chunk: Chunk) =>
  chunk.moduleIds.filter((id) => /[\\/]node_modules[\\/]preact[\\/]/.test(id) && chunk.modules[id].renderedLength > 0);
const hasModule = (chunk: Chunk, path: RegExp) =>
  chunk.moduleIds.some((id) => path.test(id.replaceAll('\\', '/')) && chunk.modules[id].renderedLength > 0);
/** Every chunk the given one loads statically, itself included. */
function staticClosure(chunks: Chunk[], from: Chunk) {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    chunks.find((c) => c.fileName == file)?.imports.forEach(visit);
  };
  visit(from.fileName);
  return seen;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'politely-vite-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  tarball = join(tmp, packed[0].filename);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it("the marker is Preact's: in its dist, and in no part of politely but the prompt's Preact", () => {
  expect(readFileSync(join(PREACT, 'dist/preact.mjs'), 'utf8')).toMatch(MARKER);
  for (const file of ['politely.mjs', 'politely-core.mjs', 'detect.mjs', 'detect-core.mjs', 'detect-network.mjs', 'prompt.mjs'])
    expect(readFileSync(join(ROOT, 'dist', file), 'utf8')).not.toMatch(MARKER);
});

describe('a Vite app calling init()', () => {
  let built: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    built = await buildApp('app', "import { init } from 'politely';\n\ninit({ supportUrl: '/support' });\n");
  });

  it('has one entry chunk, with the loader and without Preact or the prompt', () => {
    const entries = built.chunks.filter((c) => c.isEntry);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(hasModule(entry, /\/main\.ts$/)).toBe(true);
    // The loader: politely.mjs is a facade of re-exports (no code of its own), politely-core.mjs the code.
    expect(hasModule(entry, /\/node_modules\/politely\/dist\/politely-core\.mjs$/)).toBe(true);
    expect(preactModules(entry)).toEqual([]);
    expect(hasModule(entry, /\/node_modules\/politely\/dist\/prompt\.mjs$/)).toBe(false);
    expect(entry.code).not.toMatch(MARKER);
    // Nor does anything it loads statically.
    for (const file of staticClosure(built.chunks, entry)) {
      const chunk = built.chunks.find((c) => c.fileName == file)!;
      expect(preactModules(chunk), file).toEqual([]);
      expect(chunk.code, file).not.toMatch(MARKER);
    }
  });

  it('puts Preact and the prompt in exactly one chunk, which the entry imports only dynamically', () => {
    const [entry] = built.chunks.filter((c) => c.isEntry);
    const withPreact = built.chunks.filter((c) => preactModules(c).length > 0);
    const withMarker = built.chunks.filter((c) => MARKER.test(c.code));
    expect(withPreact.map((c) => c.fileName)).toHaveLength(1);
    expect(withMarker.map((c) => c.fileName)).toEqual(withPreact.map((c) => c.fileName));
    const [prompt] = withPreact;
    expect(hasModule(prompt, /\/node_modules\/politely\/dist\/prompt\.mjs$/)).toBe(true);
    expect(built.chunks.filter((c) => hasModule(c, /\/node_modules\/politely\/dist\/prompt\.mjs$/))).toEqual([prompt]);
    expect(prompt.isEntry).toBe(false);
    expect(prompt.isDynamicEntry).toBe(true);
    expect(entry.dynamicImports).toContain(prompt.fileName);
    expect(staticClosure(built.chunks, entry).has(prompt.fileName)).toBe(false);
    // …and the page does not preload it.
    expect(built.html).toContain(entry.fileName);
    expect(built.html).not.toContain(prompt.fileName);
  });

  it('builds without warnings', () => {
    expect(built.warnings).toEqual([]);
  });
});

it('control: an entry that imports Preact statically is seen to contain it', async () => {
  const { chunks } = await buildApp('control', "import { h, render } from 'preact';\n\nrender(h('p', null, 'hi'), document.body);\n");
  const [entry] = chunks.filter((c) => c.isEntry);
  expect(preactModules(entry).length).toBeGreaterThan(0);
  expect(entry.code).toMatch(MARKER);
});
