// `npm run release -- <patch|minor|major|x.y.z>`: prepares a release in the working tree, in one
// command, and leaves committing, tagging and publishing to you (the last lines say how).
//
//  1. bumps the version in package.json and package-lock.json (`npm version --no-git-tag-version`),
//     in the WordPress plugin (header, constant, readme.txt's stable tag) and in the README's
//     exact-version examples (`politely@x.y.z`, and the `version` export's `"x.y.z"`);
//  2. dates CHANGELOG.md's "Unreleased" section as the new version (it must not be empty);
//  3. rebuilds dist/ and refreshes the README's generated parts: sizes and the SRI hash
//     (`npm run readme`) — the hash is of the new build, so it is right for the new version;
//  4. writes the WordPress plugin's zip and the release archive, build/politely-<version>.tar.gz:
//     dist/ as it is (what self-hosters copy), the plugin zip, README, CHANGELOG and LICENSE.
//
// It refuses to run on a working tree with uncommitted changes (`--allow-dirty` overrides), so
// that the release diff is the release alone.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildWordPressZip } from './wordpress-zip.mjs';
import { setWordPressVersion } from './wordpress-version.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** The version after `current` for a bump (`patch`, `minor`, `major`) or an exact `x.y.z`. */
export function nextVersion(current, bump) {
  if (/^\d+\.\d+\.\d+$/.test(bump)) return bump;
  const [major, minor, patch] = current.split(/[.-]/).map(Number);
  if (bump == 'major') return `${major + 1}.0.0`;
  if (bump == 'minor') return `${major}.${minor + 1}.0`;
  if (bump == 'patch') return `${major}.${minor}.${patch + 1}`;
  throw new Error(`not a version or a bump (patch, minor, major): ${JSON.stringify(bump)}`);
}

/**
 * CHANGELOG.md with its "Unreleased" section turned into `version`'s, dated, and a new empty
 * "Unreleased" above it. Throws when there is nothing unreleased to release.
 */
export function datedChangelog(text, version, date) {
  const match = /^## Unreleased\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text);
  if (!match) throw new Error('CHANGELOG.md has no "## Unreleased" section');
  if (!match[1].trim()) throw new Error('CHANGELOG.md: "Unreleased" is empty: write what changed first');
  return text.replace('## Unreleased\n', `## Unreleased\n\n## ${version} — ${date}\n`);
}

/** The README with its exact-version examples moved from `from` to `to`. */
export function readmeAt(text, from, to) {
  return text.replaceAll(`politely@${from}`, `politely@${to}`).replaceAll(`\`"${from}"\``, `\`"${to}"\``);
}

const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
const edit = (file, change) => {
  const path = join(ROOT, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

function release(bump, { allowDirty }) {
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (dirty && !allowDirty) throw new Error(`uncommitted changes (commit them, or pass --allow-dirty):\n${dirty}`);
  const current = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const version = nextVersion(current, bump);
  const date = new Date().toISOString().slice(0, 10);

  edit('CHANGELOG.md', (text) => datedChangelog(text, version, date));
  run('npm', ['version', version, '--no-git-tag-version', '--allow-same-version']);
  setWordPressVersion(version);
  edit('README.md', (text) => readmeAt(text, current, version));
  run('npm', ['run', 'build']);
  run('npm', ['run', 'readme']);

  const zip = buildWordPressZip();
  const name = `politely-${version}`;
  const stage = join(ROOT, '.tmp', name);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  cpSync(join(ROOT, 'dist'), join(stage, 'dist'), { recursive: true });
  cpSync(zip.path, join(stage, `politely-wordpress-${version}.zip`));
  for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) cpSync(join(ROOT, file), join(stage, file));
  const archive = join(ROOT, 'build', `${name}.tar.gz`);
  execFileSync('tar', ['-czf', archive, '-C', join(ROOT, '.tmp'), name]);
  rmSync(stage, { recursive: true, force: true });

  console.log(`
Politely ${version} is ready in the working tree:
  ${archive}  (dist/ and the WordPress plugin, for self-hosting)
  ${zip.path}  (the plugin alone)
Next: npm test; git commit -am "Release ${version}"; git tag v${version}; git push --follow-tags;
npm publish; attach both files to the release.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const bump = args.find((a) => !a.startsWith('--'));
  try {
    if (!bump) throw new Error('usage: npm run release -- <patch|minor|major|x.y.z> [--allow-dirty]');
    release(bump, { allowDirty: args.includes('--allow-dirty') });
  } catch (e) {
    console.error(`release: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
