// The internal property names of the source (`_name`: a `_` and a letter) and their short names
// in the bundles, kept in mangle.json. `node scripts/mangle.mjs` adds the names the source uses
// and mangle.json lacks, and drops those it no longer uses; tests/unit/mangle.test.ts fails when
// the two disagree. The short names never change once given: the loader and the prompt file of
// one release must agree, and each is built apart.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const FILE = join(ROOT, 'mangle.json');

const sources = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? sources(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

/** Every `_name` used as a property in src/ (after a dot, or as a key or member declaration). */
export function internalNames() {
  const names = new Set();
  for (const file of sources(join(ROOT, 'src'))) {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
    for (const m of code.matchAll(/(?:\?\.|\.|[{,;(]\s*|^\s*)(_[a-zA-Z]\w*)\s*(?=[:(?=,}]|\?:|\))/gm)) names.add(m[1]);
    for (const m of code.matchAll(/\.(_[a-zA-Z]\w*)/g)) names.add(m[1]);
  }
  return [...names].sort();
}

export const readMangle = () => JSON.parse(readFileSync(FILE, 'utf8'));

/** The n-th short name: __a … __z, __A … __Z, then __aa … */
const shortName = (n) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  for (n += 1; n > 0; n = Math.floor((n - 1) / letters.length)) s = letters[(n - 1) % letters.length] + s;
  return '__' + s;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const mangle = readMangle();
  const map = mangle.props.props;
  const used = new Set(internalNames());
  for (const key of Object.keys(map)) if (!used.has(key.slice(1))) delete map[key];
  const taken = new Set(Object.values(map));
  let n = 0;
  for (const name of used) {
    if (map['$' + name]) continue;
    while (taken.has(shortName(n))) n++;
    taken.add((map['$' + name] = shortName(n)));
  }
  mangle.props.props = Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(FILE, JSON.stringify(mangle, null, 2) + '\n');
  console.log(`mangle.json: ${Object.keys(map).length} internal names`);
}
