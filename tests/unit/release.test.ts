// @vitest-environment node
// The release command's pure steps (scripts/release.mjs). The whole command is run by hand; the
// packed tarball it leads to is checked in tests/browser/bundles.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datedChangelog, nextVersion, readmeAt } from '../../scripts/release.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

describe('release', () => {
  it('bumps patch, minor and major, or takes an exact version', () => {
    expect(nextVersion('0.2.9', 'patch')).toBe('0.2.10');
    expect(nextVersion('0.2.9', 'minor')).toBe('0.3.0');
    expect(nextVersion('0.2.9', 'major')).toBe('1.0.0');
    expect(nextVersion('0.2.9', '0.4.1')).toBe('0.4.1');
    expect(() => nextVersion('0.2.9', 'next')).toThrow(/not a version/);
  });

  it('dates the Unreleased section, keeps an empty one above, and refuses an empty release', () => {
    const log = '# Changelog\n\n## Unreleased\n\n- Added X.\n\n## 0.1.0 — 2026-01-01\n\n- First.\n';
    expect(datedChangelog(log, '0.2.0', '2026-12-01')).toBe(
      '# Changelog\n\n## Unreleased\n\n## 0.2.0 — 2026-12-01\n\n- Added X.\n\n## 0.1.0 — 2026-01-01\n\n- First.\n',
    );
    expect(() => datedChangelog('# Changelog\n\n## Unreleased\n\n## 0.1.0\n- First.\n', '0.2.0', 'd')).toThrow(/empty/);
    expect(() => datedChangelog('# Changelog\n', '0.2.0', 'd')).toThrow(/no "## Unreleased"/);
  });

  it('moves the README’s exact-version examples, and only those', () => {
    const text = 'politely@0 and politely@0.2.0/dist, the release (`"0.2.0"`), version "0.2.0"';
    expect(readmeAt(text, '0.2.0', '0.3.0')).toBe('politely@0 and politely@0.3.0/dist, the release (`"0.3.0"`), version "0.2.0"');
  });

  it('finds the README’s examples at the package’s version, and an Unreleased section in the changelog', () => {
    const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const pinned = [...readme.matchAll(/politely@(\d+\.\d+\.\d+)/g)].map((m) => m[1]);
    expect(pinned.length).toBeGreaterThan(0);
    expect(new Set(pinned)).toEqual(new Set([version]));
    expect(readme).toContain('`"' + version + '"`');
    expect(readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(/^## Unreleased$/m);
  });
});
