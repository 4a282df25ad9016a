// Builds the WordPress plugin's zip, build/politely-wordpress.zip, from wordpress/politely/ and
// the script-tag files of dist/ (every dist/politely*.js: the loader, the prompt, and any other
// chunk the loader fetches from its own folder), which go to the plugin's assets/ folder. The
// zip's top folder is politely/, as WordPress's "Upload Plugin" expects.
//
// `npm run build:wordpress` builds dist/ first; `node scripts/wordpress-zip.mjs` zips the
// current dist/. Zipping uses Debian's `zip` (apt-get install -y zip).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
/** The plugin's source folder (without assets/, which the build fills). */
export const PLUGIN_DIR = join(ROOT, 'wordpress/politely');
/** Where the zip is written by default. */
export const ZIP_PATH = join(ROOT, 'build/politely-wordpress.zip');

/** The script-tag files of a dist/ folder that the plugin ships: politely*.js, nothing else. */
export function scriptTagFiles(dist = join(ROOT, 'dist')) {
  return readdirSync(dist)
    .filter((f) => /^politely[\w.-]*\.js$/.test(f) && !/\.(mjs|cjs|map|d\.ts)$/.test(f))
    .sort();
}

/** Every file of the plugin's source folder, relative to it, without assets/. */
function pluginFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith('assets/') && !f.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/**
 * Writes the plugin's zip: `politely/…` from wordpress/politely/, `politely/assets/` from
 * `dist`'s script-tag files. Returns the zip's path, size and file list (as in the zip).
 */
export function buildWordPressZip({ dist = join(ROOT, 'dist'), out = ZIP_PATH } = {}) {
  for (const required of ['politely.js', 'politely-prompt.js']) {
    if (!existsSync(join(dist, required))) throw new Error(`${join(dist, required)} is missing: run npm run build first`);
  }
  try {
    execFileSync('zip', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('The `zip` command was not found. Install it: apt-get install -y zip');
  }
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const stage = mkdtempSync(join(ROOT, '.tmp/wordpress-zip-'));
  try {
    const top = join(stage, 'politely');
    const files = [];
    for (const f of pluginFiles(PLUGIN_DIR)) {
      cpSync(join(PLUGIN_DIR, f), join(top, f));
      files.push(`politely/${f}`);
    }
    cpSync(join(ROOT, 'LICENSE'), join(top, 'license.txt'));
    files.push('politely/license.txt');
    mkdirSync(join(top, 'assets'), { recursive: true });
    writeFileSync(join(top, 'assets/index.php'), '<?php\n// Silence is golden.\n');
    files.push('politely/assets/index.php');
    for (const f of scriptTagFiles(dist)) {
      cpSync(join(dist, f), join(top, 'assets', f));
      files.push(`politely/assets/${f}`);
    }
    mkdirSync(resolve(out, '..'), { recursive: true });
    rmSync(out, { force: true });
    // -X: no extra file attributes (uid/gid); -9: smallest.
    execFileSync('zip', ['-q', '-r', '-X', '-9', resolve(out), 'politely'], { cwd: stage });
    return { path: out, size: statSync(out).size, files: files.sort() };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const zip = buildWordPressZip();
  console.log(`wrote ${relative(process.cwd(), zip.path)} (${zip.size} bytes, ${zip.files.length} files)`);
  for (const f of zip.files) console.log(`  ${f}`);
}
