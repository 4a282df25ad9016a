/** Words people write for an option, and the option they mean (both spellings: option and attribute). */
const SYNONYMS: Record<string, string> = {
  placement: 'mode',
  position: 'mode',
  url: 'supportUrl',
  link: 'supportUrl',
  lang: 'locale',
  language: 'locale',
  'data-placement': 'data-mode',
  'data-position': 'data-mode',
  'data-url': 'data-support-url',
  'data-link': 'data-support-url',
  'data-lang': 'data-locale',
  'data-language': 'data-locale',
};

/** Edit distance between two short words (insertions, deletions, substitutions). */
const distance = (a: string, b: string): number => {
  let row = [...Array(b.length + 1).keys()];
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++) next[j + 1] = Math.min(row[j + 1] + 1, next[j] + 1, row[j] + +(a[i] != b[j]));
    row = next;
  }
  return row[b.length];
};

/**
 * The known name an unknown one probably meant: the same letters in another case or without
 * dashes (`supportUrl`, `support_url`), a synonym (`placement` → `mode`), or a typo (two edits
 * at most, for names of four letters or more).
 */
export function suggest(name: string, known: readonly string[]): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  // Nobody mistypes a name of that length: no edit distance over a megabyte.
  if (name.length > 40) return;
  const synonym = Object.hasOwn(SYNONYMS, name) && SYNONYMS[name];
  return (
    known.find((k) => squash(k) == squash(name)) ||
    (synonym && known.includes(synonym) ? synonym : undefined) ||
    known.find((k) => name.length > 3 && distance(squash(k), squash(name)) < 3)
  );
}
