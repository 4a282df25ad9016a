// The WordPress plugin's version, kept in step with package.json's: the plugin header's
// `Version:`, the POLITELY_VERSION constant (both in wordpress/politely/politely.php) and
// readme.txt's `Stable tag:`. The release command calls setWordPressVersion(version);
// tests/unit/wordpress.test.ts checks that the three equal package.json's version.
//
// `node scripts/wordpress-version.mjs` prints them; `node scripts/wordpress-version.mjs 1.2.3`
// sets them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository's root. */
export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** Where each copy of the version is, as a pattern whose second group is the version. */
const PLACES = [
  { file: 'wordpress/politely/politely.php', name: 'header', pattern: /^( \* Version:[ \t]+)(\S+)$/m },
  { file: 'wordpress/politely/politely.php', name: 'constant', pattern: /^(define\( 'POLITELY_VERSION', ')([^']+)(?=' \);$)/m },
  { file: 'wordpress/politely/readme.txt', name: 'stableTag', pattern: /^(Stable tag:[ \t]+)(\S+)$/m },
];

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The versions the plugin states, by place: `{ header, constant, stableTag }`. Throws if one is missing. */
export function wordPressVersions(root = ROOT) {
  const out = {};
  for (const { file, name, pattern } of PLACES) {
    const match = pattern.exec(readFileSync(join(root, file), 'utf8'));
    if (!match) throw new Error(`${file}: the plugin's ${name} version was not found (${pattern})`);
    out[name] = match[2];
  }
  return out;
}

/**
 * Sets the plugin's version in every place (the plugin header, the PHP constant, readme.txt's
 * stable tag). `version` is package.json's: a semantic version without a leading `v`. Returns
 * the files it changed.
 */
export function setWordPressVersion(version, root = ROOT) {
  if (typeof version != 'string' || !SEMVER.test(version))
    throw new Error(`setWordPressVersion: not a version: ${JSON.stringify(version)}`);
  const changed = new Set();
  const texts = new Map();
  for (const { file, name, pattern } of PLACES) {
    const text = texts.get(file) ?? readFileSync(join(root, file), 'utf8');
    if (!pattern.test(text)) throw new Error(`${file}: the plugin's ${name} version was not found (${pattern})`);
    const next = text.replace(pattern, (_, before) => before + version);
    if (next !== text) changed.add(file);
    texts.set(file, next);
  }
  for (const file of changed) writeFileSync(join(root, file), texts.get(file));
  return [...changed];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const version = process.argv[2];
  if (version) console.log(setWordPressVersion(version).join('\n') || 'already at ' + version);
  else console.log(wordPressVersions());
}
