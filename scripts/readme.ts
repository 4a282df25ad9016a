// `npm run readme`: writes the README's generated parts — the options table (from the options
// table's TSDoc), the texts table, the size table (size-limit, after a build) and the SRI hash of the loader (from
// dist/sri.json) — then formats the README. Tests fail when they drift (tests/unit/readme.test.ts,
// tests/browser/bundles.test.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { optionsTable, replaceSection, ROOT, sizesTable, textsTable, type SizeResult } from './readme-parts';

const path = resolve(ROOT, 'README.md');
let readme = readFileSync(path, 'utf8');
readme = replaceSection(readme, 'options', optionsTable());
readme = replaceSection(readme, 'texts', textsTable());
// size-limit exits non-zero when a budget is exceeded; its JSON is written all the same.
const sizeLimit = () => {
  try {
    return execFileSync(resolve(ROOT, 'node_modules/.bin/size-limit'), ['--json'], { cwd: ROOT, encoding: 'utf8' });
  } catch (e) {
    return (e as { stdout: string }).stdout;
  }
};
const sizes = JSON.parse(sizeLimit()) as SizeResult[];
readme = replaceSection(readme, 'sizes', sizesTable(sizes));
const sri = JSON.parse(readFileSync(resolve(ROOT, 'dist/sri.json'), 'utf8')) as Record<string, string>;
readme = readme.replace(/integrity="sha384-[^"]*"/g, `integrity="${sri['politely.js']}"`);
writeFileSync(path, readme);
execFileSync(resolve(ROOT, 'node_modules/.bin/prettier'), ['--write', path], { cwd: ROOT });
console.log('README.md: options, sizes and SRI hash written');
