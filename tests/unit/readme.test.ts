// @vitest-environment node
// The README's options table is the options table's own documentation: a test fails when they
// differ (`npm run readme` rewrites it). Sizes and the SRI hash need the build: see
// tests/browser/bundles.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/config/options';
import { cells, optionDocs, optionsTable, ROOT, section, textsTable } from '../../scripts/readme-parts';
import { TEXT_KEYS } from '../../src/config/texts';

const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const { repository } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
/** The repository on GitHub (package.json's `repository`), as the README's absolute links name it. */
const repo = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const raw = repo.replace('https://github.com/', 'https://raw.githubusercontent.com/');
/** A link into the repository's main branch, as a path in this checkout; undefined for any other URL. */
const inRepository = (url: string) =>
  url.startsWith(repo + '/blob/main/')
    ? url.slice(repo.length + '/blob/main/'.length)
    : url.startsWith(raw + '/main/')
      ? url.slice(raw.length + '/main/'.length)
      : undefined;

describe('README', () => {
  it('documents every option of the table, with what it does, its default and an example', () => {
    expect(optionDocs().map((d) => d.name)).toEqual(Object.keys(OPTIONS));
  });

  it('its options table is the one generated from the options table (npm run readme)', () => {
    expect(cells(section(readme, 'options'))).toEqual(cells(optionsTable()));
  });

  it('its first screen says the package is not released yet, and gives the self-hosted tag and the preview switch', () => {
    const first = readme.split('\n').slice(0, 40).join('\n');
    expect(first).toMatch(/not released yet/i);
    expect(first).toMatch(/<script[^>]*src="\/[^"]*\/politely\.js"[^>]*data-politely/);
    expect(first).toContain('?politely-preview');
    expect(first).toContain('npm run demo');
    expect(first).toContain('npm test');
  });

  it('its texts table is the one generated from the Texts TSDoc and the English locale (npm run readme), one row per key', () => {
    expect(cells(section(readme, 'texts'))).toEqual(cells(textsTable()));
    expect(
      cells(section(readme, 'texts'))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(TEXT_KEYS.map((k) => `\`${k}\``));
  });

  it('links and images by absolute URL only, so that they resolve on the registry’s page too', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)|^\[[\w-]+\]: (\S+)$/gm)].map((m) => m[1] ?? m[2]);
    expect(targets.length).toBeGreaterThan(20);
    for (const target of targets) expect(target, target).toMatch(/^(https?:|mailto:|#)/);
  });

  it('every install line and CDN URL uses the name politely, pinned to the major version (or an exact one with SRI)', () => {
    const urls = [...readme.matchAll(/https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/([^/"'\s]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(2);
    for (const u of urls) expect(u).toMatch(/^politely@(0|\d+\.\d+\.\d+)$/);
    for (const m of readme.matchAll(/integrity="([^"]*)"/g)) expect(m[1]).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(readme).toMatch(/npm install politely\b/);
  });

  it('links only to files and headings that exist', () => {
    const docs = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'docs/how-detection-works.md', 'docs/benchmark.md', 'docs/privacy.md'];
    for (const doc of [...docs, 'docs/allowlist-steps.md', 'docs/wordpress.md']) {
      const text = readFileSync(resolve(ROOT, doc), 'utf8');
      for (const [, inline, reference] of text.matchAll(/\]\(([^)\s]+)\)|^\[[\w-]+\]: (\S+)$/gm)) {
        const link = inline ?? reference;
        const local = inRepository(link.split('#')[0]);
        if (/^(https?:|mailto:)/.test(link) && local === undefined) continue;
        const [file, anchor] = link.split('#');
        const path = local !== undefined ? resolve(ROOT, local) : file ? resolve(ROOT, doc, '..', file) : resolve(ROOT, doc);
        const linked = readFileSync(path, 'utf8');
        if (anchor && path.endsWith('.md')) {
          const slugs = [...linked.matchAll(/^#+ (.*)$/gm)].map((m) =>
            m[1]
              .toLowerCase()
              .replace(/[^\w\- ]/g, '')
              .replace(/ /g, '-'),
          );
          expect(slugs, `${doc} → ${link}`).toContain(anchor);
        }
      }
    }
  });

  it('its benchmark table is that of the last run, as in docs/benchmark.md and bench/results/latest.md (npm run bench)', () => {
    const latest = cells(readFileSync(resolve(ROOT, 'bench/results/latest.md'), 'utf8'));
    expect(latest.length).toBeGreaterThan(2);
    expect(cells(section(readme, 'bench'))).toEqual(latest);
    expect(cells(section(readFileSync(resolve(ROOT, 'docs/benchmark.md'), 'utf8'), 'bench'))).toEqual(latest);
  });
});
