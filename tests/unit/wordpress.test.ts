// @vitest-environment node
// The WordPress plugin's files, without WordPress: its version is package.json's in every place
// (and the release command can set it), its translation template is current, its readme.txt is in
// WordPress's format, its PHP stays within PHP 7.4 and prefixes everything, and the attributes it
// prints are ones the loader reads. tests/browser/wordpress.test.ts runs it in a real WordPress.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OPTION_NAMES, attrName } from '../../src/config/resolve';
import { TEXT_KEYS } from '../../src/config/texts';
import { ROOT, setWordPressVersion, wordPressVersions } from '../../scripts/wordpress-version.mjs';
import { PLUGIN, POT, extractStrings, phpFiles, potText } from '../../scripts/wordpress-pot.mjs';
import { scriptTagFiles } from '../../scripts/wordpress-zip.mjs';

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
const read = (file: string) => readFileSync(join(PLUGIN, file), 'utf8');
const php = Object.fromEntries(phpFiles().map((f) => [f, read(f)]));
const readme = read('readme.txt');
const main = read('politely.php');

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'politely-wp-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the WordPress plugin: version', () => {
  it("states package.json's version in its header, its PHP constant and readme.txt's stable tag", () => {
    expect(wordPressVersions()).toEqual({ header: pkg.version, constant: pkg.version, stableTag: pkg.version });
  });

  it('setWordPressVersion() sets all three, and only them, for the release command', () => {
    const root = temp();
    cpSync(join(ROOT, 'wordpress'), join(root, 'wordpress'), { recursive: true });
    const before = readFileSync(join(root, 'wordpress/politely/politely.php'), 'utf8');
    expect(setWordPressVersion('1.2.3-beta.1', root).sort()).toEqual(['wordpress/politely/politely.php', 'wordpress/politely/readme.txt']);
    expect(wordPressVersions(root)).toEqual({ header: '1.2.3-beta.1', constant: '1.2.3-beta.1', stableTag: '1.2.3-beta.1' });
    // Nothing else changed: "Requires at least: 6.1" and "Requires PHP: 7.4" stay.
    const after = readFileSync(join(root, 'wordpress/politely/politely.php'), 'utf8');
    expect(after.replaceAll('1.2.3-beta.1', pkg.version)).toBe(before);
    expect(readFileSync(join(root, 'wordpress/politely/readme.txt'), 'utf8')).toContain('Requires at least: 6.1');
    // Idempotent, and it refuses what is not a version.
    expect(setWordPressVersion('1.2.3-beta.1', root)).toEqual([]);
    expect(() => setWordPressVersion('v1.2', root)).toThrow(/not a version/);
    expect(() => setWordPressVersion("1.0.0'); evil('", root)).toThrow(/not a version/);
  });

  it('fails loudly when a version is missing from its place', () => {
    const root = temp();
    cpSync(join(ROOT, 'wordpress'), join(root, 'wordpress'), { recursive: true });
    const file = join(root, 'wordpress/politely/readme.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^Stable tag:.*$/m, ''));
    expect(() => wordPressVersions(root)).toThrow(/stableTag/);
    expect(() => setWordPressVersion('1.0.0', root)).toThrow(/stableTag/);
  });
});

describe('the WordPress plugin: files', () => {
  it('readme.txt is in WordPress.org format: headers, sections, a changelog entry for this version', () => {
    expect(readme).toMatch(/^=== Politely ===\n/);
    for (const header of [
      'Contributors',
      'Tags',
      'Requires at least',
      'Tested up to',
      'Requires PHP',
      'Stable tag',
      'License',
      'License URI',
    ]) {
      expect(readme, header).toMatch(new RegExp(`^${header}: \\S`, 'm'));
    }
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
      expect(readme, section).toContain(`== ${section} ==`);
    }
    expect(readme).toContain(`= ${pkg.version} =`);
    // The short description: one line under the headers, at most 150 characters.
    const short = readme.split('\n\n')[1];
    expect(short).not.toContain('\n');
    expect(short.length).toBeLessThanOrEqual(150);
  });

  it('the plugin header and readme.txt agree on WordPress 6.1 and PHP 7.4, and name the text domain', () => {
    for (const text of [main, readme]) {
      expect(text).toMatch(/Requires at least: +6\.1$/m);
      expect(text).toMatch(/Requires PHP: +7\.4$/m);
    }
    expect(main).toMatch(/^ \* Text Domain: +politely$/m);
    expect(main).toMatch(/^ \* Domain Path: +\/languages$/m);
  });

  it('languages/politely.pot is current (node scripts/wordpress-pot.mjs writes it)', () => {
    expect(readFileSync(POT, 'utf8')).toBe(potText());
    expect(potText()).toContain('msgid "Support page"');
  });

  it('the template extractor reads literals, translator comments and contexts, and refuses the rest', () => {
    const entries = extractStrings({
      'a.php': [
        "<?php __( 'It\\'s', 'politely' );",
        '/* translators: %s: a name. */',
        "printf( esc_html__( 'Hello %s', 'politely' ), $n ); _x( 'Post', 'noun', 'politely' ); __( 'It\\'s', 'politely' );",
      ].join('\n'),
    });
    expect(entries).toEqual([
      { msgid: "It's", msgctxt: undefined, comments: [], refs: ['a.php:1', 'a.php:3'] },
      { msgid: 'Hello %s', msgctxt: undefined, comments: ['translators: %s: a name.'], refs: ['a.php:3'] },
      { msgid: 'Post', msgctxt: 'noun', comments: [], refs: ['a.php:3'] },
    ]);
    expect(() => extractStrings({ 'b.php': "<?php __( $text, 'politely' );" })).toThrow(/b\.php:1: __\(\) needs a string literal/);
    expect(() => extractStrings({ 'c.php': "<?php __( 'Hi', 'other' );" })).toThrow(/text domain "other"/);
    expect(() => extractStrings({ 'd.php': "<?php __( 'Hi' );" })).toThrow(/takes 2 literal arguments/);
  });

  it('every PHP file refuses to run outside WordPress', () => {
    for (const [file, text] of Object.entries(php)) {
      expect(text, file).toMatch(/^<\?php\n/);
      if (file === 'uninstall.php') expect(text).toMatch(/^defined\( 'WP_UNINSTALL_PLUGIN' \) \|\| exit;$/m);
      else if (!/^\S*index\.php$/.test(file)) expect(text, file).toMatch(/^defined\( 'ABSPATH' \) \|\| exit;$/m);
    }
  });

  it('its PHP stays within PHP 7.4 and prefixes every function, constant and global', () => {
    const php8 = [
      [/\?->/, 'the nullsafe operator'],
      [/\bmatch\s*\(/, 'match'],
      [/#\[/, 'attributes'],
      [/\b(enum|readonly)\s+\w/, 'enum or readonly'],
      [/\b\w+\(\s*[a-z_]\w*\s*:[^:]/i, 'named arguments'],
      [/:\s*(mixed|never|static)\b\s*[{;]/, 'PHP 8 return types'],
      [/\b\w+\|\w+\s+\$/, 'union types'],
      [/\b(str_contains|str_starts_with|str_ends_with|array_is_list)\s*\(/, 'PHP 8 functions'],
    ] as const;
    for (const [file, text] of Object.entries(php)) {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [pattern, what] of php8) expect(code, `${file}: ${what}`).not.toMatch(pattern);
      for (const [, name] of code.matchAll(/^function\s+(\w+)/gm)) expect(name, file).toMatch(/^politely_/);
      for (const m of code.matchAll(/^(?:const\s+(\w+)|define\(\s*'(\w+)')/gm)) expect(m[1] ?? m[2], file).toMatch(/^POLITELY_/);
      // Globals at file scope in uninstall.php are prefixed too.
      for (const [, name] of code.matchAll(/^\s*\$(\w+)\s*=/gm)) if (file === 'uninstall.php') expect(name).toMatch(/^politely_/);
    }
  });

  it('every data-* attribute it prints is one the loader reads', () => {
    const known = new Set(['data-politely', ...OPTION_NAMES.map(attrName), ...TEXT_KEYS.map((k) => attrName(k))]);
    const printed = [...php['includes/frontend.php'].matchAll(/'(data-[a-z-]+)'/g)].map((m) => m[1]);
    expect(printed.length).toBeGreaterThan(8);
    for (const name of printed) expect(known, name).toContain(name);
    // Texts are emitted as 'data-' . $key: their keys must be text keys.
    const texts = /foreach \( array\( ([^)]*) \) as \$key \)/.exec(php['includes/frontend.php'])?.[1] ?? '';
    for (const [, key] of texts.matchAll(/'(\w+)'/g)) expect(TEXT_KEYS as readonly string[]).toContain(key);
  });

  it('every filter it applies is documented in docs/wordpress.md', () => {
    const filters = Object.values(php).flatMap((text) => [...text.matchAll(/apply_filters\(\s*'(politely_\w+)'/g)].map((m) => m[1]));
    expect(filters.sort()).toEqual(['politely_script_attributes', 'politely_script_nonce', 'politely_should_load']);
    const docs = readFileSync(resolve(ROOT, 'docs/wordpress.md'), 'utf8');
    for (const name of filters) expect(docs, name).toContain(`add_filter( '${name}'`);
  });

  it('the zip takes every script-tag file of dist/ and nothing else', () => {
    const dist = temp();
    mkdirSync(dist, { recursive: true });
    const names = ['politely.js', 'politely-prompt.js', 'politely-de.js', 'politely-diagnostics.js', 'politely.js.map', 'politely.mjs'];
    for (const name of [...names, 'politely.cjs', 'politely.d.ts', 'politely-core.mjs', 'prompt.mjs', 'detect.cjs', 'sri.json']) {
      writeFileSync(join(dist, name), '');
    }
    expect(scriptTagFiles(dist)).toEqual(['politely-de.js', 'politely-diagnostics.js', 'politely-prompt.js', 'politely.js']);
    expect(pkg.scripts['build:wordpress']).toBe('npm run build && node scripts/wordpress-zip.mjs');
  });
});
