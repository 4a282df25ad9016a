// The WordPress plugin's translation template, wordpress/politely/languages/politely.pot, made
// from its PHP: every __(), _e(), esc_html__(), esc_html_e(), esc_attr__(), esc_attr_e(), _x(),
// esc_html_x() and esc_attr_x() call with the `politely` text domain, with its `translators:`
// comment, plus the plugin header's name and description (as `wp i18n make-pot` does). The
// output is deterministic (no creation date), so a test can check that the committed file is
// current. Strings must be literals: a call with anything else fails, naming the file and line.
//
// `node scripts/wordpress-pot.mjs` writes the file; `--check` exits 1 when it is out of date.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
/** The plugin's folder. */
export const PLUGIN = join(ROOT, 'wordpress/politely');
/** The template's path. */
export const POT = join(PLUGIN, 'languages/politely.pot');
const DOMAIN = 'politely';

/** Translation functions and the meaning of their literal arguments. */
const FUNCTIONS = {
  __: ['msgid', 'domain'],
  _e: ['msgid', 'domain'],
  esc_html__: ['msgid', 'domain'],
  esc_html_e: ['msgid', 'domain'],
  esc_attr__: ['msgid', 'domain'],
  esc_attr_e: ['msgid', 'domain'],
  _x: ['msgid', 'msgctxt', 'domain'],
  esc_html_x: ['msgid', 'msgctxt', 'domain'],
  esc_attr_x: ['msgid', 'msgctxt', 'domain'],
};

/** Every PHP file of the plugin, relative to its folder, sorted. */
export function phpFiles(dir = PLUGIN) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.php'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith('assets/'))
    .sort();
}

/** A PHP string literal at `i` (single or double quoted): its value and where it ends, or undefined. */
function phpString(src, i) {
  const quote = src[i];
  if (quote !== "'" && quote !== '"') return undefined;
  let value = '';
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === quote) return { value, end: j + 1 };
    if (c === '\\') {
      const n = src[++j];
      if (quote === "'") value += n === "'" || n === '\\' ? n : '\\' + n;
      else value += { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', $: '$' }[n] ?? '\\' + n;
    } else if (quote === '"' && c === '$') {
      throw new Error('a double-quoted string with a variable');
    } else value += c;
  }
  throw new Error('an unterminated string');
}

const lineAt = (src, i) => src.slice(0, i).split('\n').length;

/**
 * The translatable strings of PHP sources: `[{ msgid, msgctxt?, comments: string[], refs: string[] }]`
 * in order of first use. `sources` maps a file name (for the references) to its text.
 */
export function extractStrings(sources) {
  const entries = new Map();
  const add = (entry, ref, comment) => {
    const key = (entry.msgctxt ?? '') + '\u0004' + entry.msgid;
    const known = entries.get(key) ?? { ...entry, comments: [], refs: [] };
    if (comment && !known.comments.includes(comment)) known.comments.push(comment);
    known.refs.push(ref);
    entries.set(key, known);
  };
  for (const [file, src] of Object.entries(sources)) {
    let previous = 0;
    const call = new RegExp(`(?<![\\w$>:])(${Object.keys(FUNCTIONS).join('|')})\\s*\\(`, 'g');
    for (let m; (m = call.exec(src));) {
      const line = lineAt(src, m.index);
      const where = `${file}:${line}`;
      const values = {};
      let i = m.index + m[0].length;
      for (const [n, role] of FUNCTIONS[m[1]].entries()) {
        while (/\s/.test(src[i])) i++;
        let str;
        try {
          str = phpString(src, i);
        } catch (e) {
          throw new Error(`${where}: ${m[1]}() with ${e.message}`, { cause: e });
        }
        if (!str) throw new Error(`${where}: ${m[1]}() needs a string literal as its argument ${n + 1} (${role})`);
        values[role] = str.value;
        i = str.end;
        while (/\s/.test(src[i])) i++;
        if (src[i] !== (n === FUNCTIONS[m[1]].length - 1 ? ')' : ',')) {
          throw new Error(`${where}: ${m[1]}() takes ${FUNCTIONS[m[1]].length} literal arguments`);
        }
        i++;
      }
      if (values.domain !== DOMAIN) throw new Error(`${where}: text domain ${JSON.stringify(values.domain)}, not "${DOMAIN}"`);
      // A `translators:` comment after the previous call and at most a line above this one.
      const comments = [...src.slice(previous, m.index).matchAll(/(?:\/\*|\/\/)\s*(translators:.*?)\s*(?:\*\/|$)/gm)];
      const last = comments.at(-1);
      const comment = last && lineAt(src, previous + last.index) >= line - 1 ? last[1] : undefined;
      add({ msgid: values.msgid, msgctxt: values.msgctxt }, where, comment);
      previous = i;
    }
  }
  return [...entries.values()];
}

/** The plugin header's fields that WordPress translates: `{ 'Plugin Name': …, Description: … }`. */
export function headerStrings(mainFile) {
  const out = {};
  for (const field of ['Plugin Name', 'Description']) {
    const m = new RegExp(`^\\s*\\*\\s*${field}:\\s*(.+?)\\s*$`, 'm').exec(mainFile);
    if (m) out[field] = m[1];
  }
  return out;
}

const po = (s) => '"' + s.replace(/[\\"\t\n]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n' })[c]) + '"';

/** The template for the plugin folder `dir`. */
export function potText(dir = PLUGIN) {
  const files = phpFiles(dir);
  const sources = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const main = sources['politely.php'] ?? '';
  const version = /^\s*\*\s*Version:\s*(\S+)/m.exec(main)?.[1] ?? '';
  const out = [
    '# Copyright (C) Politely contributors',
    '# This file is distributed under the same license as the Politely plugin (MIT).',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: Politely ${version}\\n"`,
    '"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"',
    '"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"',
    '"Language-Team: LANGUAGE <LL@li.org>\\n"',
    '"Language: \\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Generator: scripts/wordpress-pot.mjs\\n"',
    `"X-Domain: ${DOMAIN}\\n"`,
    '',
  ];
  // The header's strings first; a string also used in the code is one entry, with both.
  const entries = new Map(
    Object.entries(headerStrings(main)).map(([field, msgid]) => [msgid, { msgid, comments: [`${field} of the plugin`], refs: [] }]),
  );
  for (const e of extractStrings(sources)) {
    const header = e.msgctxt === undefined && entries.get(e.msgid);
    if (header) {
      header.refs.push(...e.refs);
      header.comments.push(...e.comments);
    } else entries.set((e.msgctxt ?? '') + '\u0004' + e.msgid, e);
  }
  for (const e of entries.values()) {
    for (const c of e.comments) out.push(`#. ${c}`);
    if (e.refs.length) out.push(`#: ${e.refs.join(' ')}`);
    if (/%(\d+\$)?[sd]/.test(e.msgid)) out.push('#, php-format');
    if (e.msgctxt !== undefined) out.push(`msgctxt ${po(e.msgctxt)}`);
    out.push(`msgid ${po(e.msgid)}`, 'msgstr ""', '');
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = potText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(POT, 'utf8');
    if (current !== text) {
      console.error(`${relative(ROOT, POT)} is out of date: run node scripts/wordpress-pot.mjs`);
      process.exit(1);
    }
    console.log(`${relative(ROOT, POT)} is up to date`);
  } else {
    writeFileSync(POT, text);
    console.log(`wrote ${relative(ROOT, POT)}`);
  }
}
