// The README's generated parts, computed from their sources: the options table from the options
// table's TSDoc (src/config/options.ts), the texts table from the Texts TSDoc
// (src/config/texts.ts) and the English locale, the size table from size-limit, the SRI hash
// from the build. `npm run readme` writes them (scripts/readme.ts); tests fail when the README differs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OPTIONS } from '../src/config/options';
import { attrName } from '../src/config/resolve';
import { TEXT_KEYS } from '../src/config/texts';
import en from '../src/view/locales/en';

export const ROOT = resolve(import.meta.dirname, '..');

/** One documented option, as its TSDoc says. */
export interface OptionDoc {
  name: string;
  attribute?: string;
  description: string;
  defaultValue: string;
  example: string;
}

/** Reads each option's TSDoc from src/config/options.ts (the first paragraph, `@defaultValue`, `@example`). */
export function optionDocs(): OptionDoc[] {
  const source = readFileSync(resolve(ROOT, 'src/config/options.ts'), 'utf8');
  const docs = [...source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\n {2}(\w+): \[/g)].map(([, body, name]) => {
    const lines = body
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean);
    const tag = (t: string) => lines.find((l) => l.startsWith(t + ' '))?.slice(t.length + 1) ?? '';
    return {
      name,
      attribute: /^(on[A-Z]|shouldShow)/.test(name) ? undefined : attrName(name),
      description: lines
        .filter((l) => !l.startsWith('@'))
        .join(' ')
        .replace(/\|/g, '\\|'),
      defaultValue: tag('@defaultValue'),
      example: tag('@example'),
    };
  });
  const missing = Object.keys(OPTIONS).filter((k) => !docs.some((d) => d.name == k && d.defaultValue && d.example));
  if (missing.length) throw new Error('options without TSDoc, @defaultValue and @example: ' + missing.join(', '));
  return docs;
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The README's options table, in markdown. */
export function optionsTable(): string {
  return [
    row(['option', 'attribute', 'what it does', 'default', 'example']),
    row(['---', '---', '---', '---', '---']),
    ...optionDocs().map((d) =>
      row([`\`${d.name}\``, d.attribute ? `\`${d.attribute}\`` : '—', d.description, d.defaultValue, `\`${d.example}\``]),
    ),
  ].join('\n');
}

/** The README's texts table: each key, its attribute, what it is (the Texts TSDoc) and its English. */
export function textsTable(): string {
  const source = readFileSync(resolve(ROOT, 'src/config/texts.ts'), 'utf8');
  const what = new Map([...source.matchAll(/^ \* \| `(\w+)` \| (.*) \|$/gm)].map(([, key, text]) => [key, text]));
  const missing = TEXT_KEYS.filter((k) => !what.has(k));
  if (missing.length) throw new Error('texts without a row in the Texts TSDoc: ' + missing.join(', '));
  const english = en.texts as Partial<Record<string, string>>;
  return [
    row(['key', 'attribute', 'what it is', 'English']),
    row(['---', '---', '---', '---']),
    ...TEXT_KEYS.map((k) => row([`\`${k}\``, `\`${attrName(k)}\``, what.get(k)!, english[k] ? `"${english[k]}"` : 'none'])),
  ].join('\n');
}

/** A size-limit result (`size-limit --json`). */
export interface SizeResult {
  name: string;
  size: number;
  sizeLimit: number;
  passed: boolean;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** The README's size table, from size-limit's results: every entry, its size and its budget. */
export function sizesTable(results: SizeResult[]): string {
  const limits = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'))['size-limit'] as {
    name: string;
    path: string | string[];
  }[];
  return [
    row(['file', 'what', 'size (gzip)', 'budget']),
    row(['---', '---', '---', '---']),
    ...results.map((r) => {
      const path = limits.find((l) => l.name == r.name)!.path;
      const [file, what] = r.name.split(/ \((.*)\)$/);
      return row([
        [path]
          .flat()
          .map((p) => `\`${p}\``)
          .join(' + '),
        `${file}: ${what}`,
        kB(r.size),
        kB(r.sizeLimit),
      ]);
    }),
  ].join('\n');
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function section(text: string, name: string): string {
  const start = text.indexOf(`<!-- ${name}:start -->`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < start) throw new Error(`no ${name} section`);
  return text.slice(start + `<!-- ${name}:start -->`.length, end).trim();
}

/** `text` with the section replaced. */
export const replaceSection = (text: string, name: string, content: string): string =>
  text.replace(new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`), `$1\n\n${content}\n\n$2`);

/** Markdown tables compared cell by cell, whatever the padding Prettier gave them. */
export const cells = (table: string): string[][] =>
  table
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
