/** A piece of text, marked when it is one of the terms looked for. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/** Terms shorter than this would light up inside ordinary words. */
const MIN_TERM_LENGTH = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function usable(terms: readonly string[]): string[] {
  return [...new Set(terms.map((term) => term.trim()))].filter(
    (term) => term.length >= MIN_TERM_LENGTH,
  );
}

/**
 * Splits `text` into segments, marking every occurrence of any term in any case, longest term
 * first so "World Labs" wins over "World". `stems` mark whole words that start with them
 * ("found" marks "founder" and "founded", not "profound"). Used to show where a quote names the
 * entity and says the relationship.
 */
export function highlightTerms(
  text: string,
  terms: readonly string[],
  stems: readonly string[] = [],
): TextSegment[] {
  const patterns = [
    ...usable(terms).map((term) => ({ source: escapeRegExp(term), length: term.length })),
    ...usable(stems).map((stem) => ({
      source: `\\b${escapeRegExp(stem)}\\w*`,
      length: stem.length,
    })),
  ].sort((a, b) => b.length - a.length);
  if (text === '') return [];
  if (patterns.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(`(${patterns.map((p) => p.source).join('|')})`, 'gi');
  // Splitting on a capturing group alternates: text, match, text, match, …, text.
  return text
    .split(pattern)
    .map((piece, index) => ({ text: piece, match: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}
