// @vitest-environment node
// mangle.json, kept true: every internal name the source uses (`_name`) has its short name there,
// the same for every bundle (the loader and the files it fetches share objects), no short name
// serves two names, and no name is listed that the source no longer uses. `node scripts/mangle.mjs`
// brings it up to date.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script, no types
import { internalNames, readMangle } from '../../scripts/mangle.mjs';

const mangle = readMangle() as { minify: { mangle: { properties: { regex: string } } }; props: { props: Record<string, string> } };
const map = mangle.props.props;
const names = internalNames() as string[];

describe('mangle.json', () => {
  it('found the internal names of the source', () => {
    expect(names.length).toBeGreaterThan(30);
    expect(names).toContain('_libraryRanOrLoading');
  });

  it('lists every internal name, and only those (node scripts/mangle.mjs)', () => {
    expect(
      Object.keys(map)
        .map((k) => k.slice(1))
        .sort(),
    ).toEqual([...names].sort());
  });

  it('gives each its own short name, which the property regex would never mangle again', () => {
    const short = Object.values(map);
    expect(new Set(short).size).toBe(short.length);
    const regex = new RegExp(mangle.minify.mangle.properties.regex);
    for (const name of names) expect(regex.test(name), name).toBe(true);
    for (const s of short) expect(regex.test(s), s).toBe(false);
  });

  it('public names never start with _ (options, events, the verdict, the API)', () => {
    for (const name of names) expect(/^_[a-zA-Z]/.test(name)).toBe(true);
  });
});
