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

/**
 * Splits `text` into segments, marking every occurrence of any term in any case, longest term
 * first so "World Labs" wins over "World". Used to show where a quote names the entity.
 */
export function highlightTerms(text: string, terms: readonly string[]): TextSegment[] {
  const usable = [...new Set(terms.map((term) => term.trim()))]
    .filter((term) => term.length >= MIN_TERM_LENGTH)
    .sort((a, b) => b.length - a.length);
  if (text === '') return [];
  if (usable.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(`(${usable.map(escapeRegExp).join('|')})`, 'gi');
  // Splitting on a capturing group alternates: text, match, text, match, …, text.
  return text
    .split(pattern)
    .map((piece, index) => ({ text: piece, match: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}
