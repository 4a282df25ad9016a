// @vitest-environment node
// The product was called something else before it was renamed Politely (that name belongs to an
// unrelated npm package and to a company whose chat widget is embedded on the same kind of
// pages). No trace of the old name may stay in what the repository ships or documents.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OLD = new RegExp(['k', 'i', 'n', 'd', 'l', 'y'].join(''), 'i');
const SKIP = new Set(['node_modules', '.git', 'dist', '.tmp', 'artifacts', 'coverage']);
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (SKIP.has(f)) return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

it('the old name appears nowhere: sources, tests, examples, docs, scripts, configuration, file names', () => {
  const files = walk(ROOT);
  expect(files.length).toBeGreaterThan(100);
  const found = files.flatMap((file) => {
    const name = relative(ROOT, file);
    const hits = OLD.test(name) ? [name + ' (file name)'] : [];
    // Text files only (screenshots are checked by regenerating them).
    if (/\.(png|jpe?g|gif|ico|woff2?)$/.test(file)) return hits;
    const text = readFileSync(file, 'utf8');
    return OLD.test(text)
      ? [
          ...hits,
          `${name}: ${text
            .split('\n')
            .find((l) => OLD.test(l))!
            .trim()
            .slice(0, 120)}`,
        ]
      : hits;
  });
  expect(found).toEqual([]);
});
