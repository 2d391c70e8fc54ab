/**
 * How names are compared when a new source's entities are matched to the graph's. Two names are
 * the same entity when their keys are equal: case, diacritics, punctuation, hyphens and company
 * suffixes ("Inc.", "Ltd.") do not count, so `Nvidia` = `NVIDIA` and `Fei Fei Li` = `Fei-Fei Li`.
 */

/** Company-form words that do not tell two entities apart. */
const corporateSuffixes = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'srl',
  'bv',
  'nv',
]);

/** Words too common in entity names to suggest that two names mean the same thing. */
const commonWords = new Set([
  'the',
  'and',
  'of',
  'for',
  'ai',
  'labs',
  'lab',
  'group',
  'capital',
  'ventures',
  'partners',
  'fund',
  'technologies',
  'technology',
  'tech',
  'systems',
  'cloud',
  'research',
  'series',
  'round',
  'model',
  'models',
  'world',
  'intelligence',
  'artificial',
  'holdings',
  'international',
  'global',
]);

/** The words of a name: lower case, no diacritics, punctuation and hyphens as spaces. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // "Acme Inc." and "Acme" are one company; a name that is only a suffix stays as it is.
  while (words.length > 1 && corporateSuffixes.has(words.at(-1)!)) words.pop();
  return words;
}

/** The key two names share when they name the same entity. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** A compact key: `Fei Fei Li` and `FeiFei Li` meet here when their spaced keys differ. */
export function compactKey(name: string): string {
  return nameWords(name).join('');
}

/** Words of a name long and rare enough to suggest a link between two different spellings. */
export function distinctiveWords(name: string): string[] {
  return nameWords(name).filter((word) => word.length >= 4 && !commonWords.has(word));
}

/** True when `a` becomes `b` by one insertion, deletion or substitution. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  // Past the first difference the rest must agree, after skipping one character of either.
  return (
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i)
  );
}

/** A stable slug for a new entity: lower-case kebab, ASCII. */
export function slugOf(name: string): string {
  const slug = nameWords(name)
    .join('-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'entity';
}
