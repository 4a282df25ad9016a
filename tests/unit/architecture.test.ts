// @vitest-environment node
// The architecture, checked: imports point one way, from the entries down to detection, with no
// cycle; the UI (and Preact) only in the prompt's code, which nothing outside the view imports
// except as a dynamic import in the npm entry (the diagnostics and the consent gate likewise);
// detection knows nothing of the rest; and one rule for barrels: a folder is entered only
// through its index.ts, which exports only what some other folder uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

/** Layers, lowest first. A module imports only from its own layer or lower ones. */
const LAYERS: Record<string, number> = {
  contain: 0,
  'version.ts': 0,
  detect: 1,
  config: 2,
  consent: 3,
  suppress: 3,
  storage: 3,
  flow: 4,
  view: 5,
  diagnostics: 5,
  api: 6,
  queue: 6,
  'script-tag': 7,
  'index.ts': 7,
};
const layerOf = (file: string) => {
  const top = relative(SRC, file).split('/')[0];
  if (!(top in LAYERS)) throw new Error(`${top}: no layer assigned (add it to LAYERS)`);
  return LAYERS[top];
};

interface Edge {
  from: string;
  to: string;
  kind: 'static' | 'type' | 'dynamic';
  /** The names imported (`*` for a re-export of everything). */
  names: string[];
}
const resolveImport = (from: string, spec: string) => {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base + '.ts', join(base, 'index.ts')]) if (statSync(candidate, { throwIfNoEntry: false })) return candidate;
  throw new Error(`${relative(SRC, from)}: cannot resolve ${spec}`);
};
const edges: Edge[] = [];
const external: [string, string][] = [];
for (const file of files(SRC)) {
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/^(import|export)\s+(type\s+)?([^'"]*?)from\s+'([^']+)'/gm)) {
    const names = m[3].includes('*')
      ? ['*']
      : [...(m[3].match(/\{([^}]*)\}/)?.[1] ?? '').split(',')]
          .map((n) =>
            n
              .replace(/^\s*type\s+/, '')
              .split(/\s+as\s+/)[0]
              .trim(),
          )
          .filter(Boolean);
    if (m[4].startsWith('.')) edges.push({ from: file, to: resolveImport(file, m[4]), kind: m[2] ? 'type' : 'static', names });
    else external.push([file, m[4]]);
  }
  for (const m of code.matchAll(/import\(\s*(?:\/\*.*?\*\/\s*)?'(\.[^']+)'\s*\)/g))
    edges.push({ from: file, to: resolveImport(file, m[1]), kind: 'dynamic', names: ['*'] });
  for (const m of code.matchAll(/import\('(\.[^']+)'\)\.(\w+)/g))
    edges.push({ from: file, to: resolveImport(file, m[1]), kind: 'type', names: [m[2]] });
}
const rel = (f: string) => relative(SRC, f);

describe('architecture', () => {
  it('found the source and its imports', () => {
    expect(files(SRC).length).toBeGreaterThan(40);
    expect(edges.length).toBeGreaterThan(80);
  });

  it('imports point one way: never from a lower layer to a higher one', () => {
    const upward = edges.filter((e) => layerOf(e.to) > layerOf(e.from)).map((e) => `${rel(e.from)} → ${rel(e.to)} (${e.kind})`);
    expect(upward).toEqual([]);
  });

  it('no import cycle (runtime imports)', () => {
    const graph = new Map<string, string[]>();
    for (const e of edges) if (e.kind == 'static') graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) == 'done') return;
      if (state.get(node) == 'visiting') return void cycles.push([...path.slice(path.indexOf(node)), node].map(rel).join(' → '));
      state.set(node, 'visiting');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('the UI only in the prompt’s code: nothing imports the view but the npm entry, dynamically; Preact only in the view', () => {
    const intoView = edges.filter((e) => rel(e.to).startsWith('view/') && !rel(e.from).startsWith('view/'));
    expect(intoView.map((e) => `${rel(e.from)} (${e.kind})`)).toEqual(['index.ts (dynamic)']);
    // The other files fetched when needed: the same, for what runs (types may be shared).
    for (const folder of ['diagnostics/', 'consent/']) {
      const into = edges.filter((e) => rel(e.to).startsWith(folder) && !rel(e.from).startsWith(folder) && e.kind != 'type');
      expect(
        into.map((e) => `${rel(e.from)} (${e.kind})`),
        folder,
      ).toEqual(['index.ts (dynamic)']);
    }
    expect(external.filter(([, spec]) => spec.startsWith('preact')).every(([file]) => rel(file).startsWith('view/'))).toBe(true);
    expect(external.filter(([, spec]) => !spec.startsWith('preact'))).toEqual([]);
  });

  it('detection knows nothing of the rest (politely/detect stands alone)', () => {
    const out = edges.filter((e) => rel(e.from).startsWith('detect/') && !rel(e.to).startsWith('detect/'));
    expect(out.map((e) => `${rel(e.from)} → ${rel(e.to)}`)).toEqual([]);
  });

  const folderOf = (file: string) => (rel(file).includes('/') ? rel(file).split('/')[0] : undefined);
  // politely/detect's public entry: only the build imports it.
  const PUBLIC_ENTRY = 'detect/entry.ts';

  it('one rule for barrels: another folder enters a folder only through its index.ts', () => {
    const deep = edges.filter((e) => folderOf(e.to) && folderOf(e.to) != folderOf(e.from) && !rel(e.to).endsWith('/index.ts'));
    expect(deep.map((e) => `${rel(e.from)} → ${rel(e.to)}`)).toEqual([]);
    expect(
      files(SRC)
        .filter((f) => folderOf(f) && !statSync(join(SRC, folderOf(f)!, 'index.ts'), { throwIfNoEntry: false }))
        .map(rel),
    ).toEqual([]);
  });

  it('…and each index.ts exports only names another folder imports (or an entry makes public)', () => {
    const exported = new Map<string, string[]>();
    for (const file of files(SRC).filter((f) => f.endsWith('/index.ts') && folderOf(f))) {
      const code = readFileSync(file, 'utf8');
      const names = [...code.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)].flatMap((m) =>
        m[1]
          .split(',')
          .map((n) =>
            n
              .replace(/^\s*type\s+/, '')
              .split(/\s+as\s+/)
              .pop()!
              .trim(),
          )
          .filter(Boolean),
      );
      names.push(...[...code.matchAll(/^export\s+(?:interface|type|const|function)\s+(\w+)/gm)].map((m) => m[1]));
      exported.set(file, names);
    }
    const unused: string[] = [];
    for (const [file, names] of exported)
      for (const name of names) {
        const users = edges.filter(
          (e) => e.to == file && folderOf(e.from) != folderOf(file) && (e.names.includes(name) || e.names.includes('*')),
        );
        // A chunk's entry (imported dynamically) exports what its loader reads from the module.
        const chunk = edges.some((e) => e.to == file && e.kind == 'dynamic');
        if (!users.length && !chunk && rel(file) != PUBLIC_ENTRY) unused.push(`${rel(file)}: ${name}`);
      }
    expect(unused).toEqual([]);
  });
});
