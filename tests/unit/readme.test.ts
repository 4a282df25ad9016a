// @vitest-environment node
// The README's options table is the options table's own documentation: a test fails when they
// differ (`npm run readme` rewrites it). Sizes and the SRI hash need the build: see
// tests/browser/bundles.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/config/options';
import { cells, optionDocs, optionsTable, ROOT, section } from '../../scripts/readme-parts';

const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('documents every option of the table, with what it does, its default and an example', () => {
    expect(optionDocs().map((d) => d.name)).toEqual(Object.keys(OPTIONS));
  });

  it('its options table is the one generated from the options table (npm run readme)', () => {
    expect(cells(section(readme, 'options'))).toEqual(cells(optionsTable()));
  });

  it('its quick start is on the first screen: the script tag and the preview switch', () => {
    const first = readme.split('\n').slice(0, 40).join('\n');
    expect(first).toMatch(/<script[^>]*src="https:\/\/[^"]*politely@0\/dist\/politely\.js"[^>]*data-politely/);
    expect(first).toContain('?politely-preview');
  });

  it('every install line and CDN URL uses the name politely, pinned to the major version (or an exact one with SRI)', () => {
    const urls = [...readme.matchAll(/https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/([^/"'\s]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(2);
    for (const u of urls) expect(u).toMatch(/^politely@(0|\d+\.\d+\.\d+)$/);
    for (const m of readme.matchAll(/integrity="([^"]*)"/g)) expect(m[1]).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(readme).toMatch(/npm install politely\b/);
  });

  it('links only to files and headings that exist', () => {
    for (const doc of ['README.md', 'CONTRIBUTING.md', 'docs/how-detection-works.md', 'docs/benchmark.md', 'docs/privacy.md']) {
      const text = readFileSync(resolve(ROOT, doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:)/.test(target)) continue;
        const [file, anchor] = target.split('#');
        const path = file ? resolve(ROOT, doc, '..', file) : resolve(ROOT, doc);
        const linked = readFileSync(path, 'utf8');
        if (anchor && path.endsWith('.md')) {
          const slugs = [...linked.matchAll(/^#+ (.*)$/gm)].map((m) =>
            m[1]
              .toLowerCase()
              .replace(/[^\w\- ]/g, '')
              .replace(/ /g, '-'),
          );
          expect(slugs, `${doc} → ${target}`).toContain(anchor);
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
