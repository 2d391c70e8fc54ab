/** One sentence of the article, where it sits, and what in the graph it supports. */
export interface ArticleSentence {
  /** 1-based, in reading order. */
  index: number;
  text: string;
  /** `headline`, `summary` (the publisher's bullet points) or `body`. */
  part: 'headline' | 'summary' | 'body';
  nodes: string[];
  edges: string[];
}

/** Where the article proper starts and ends inside the page text (page furniture excluded). */
const bodyStart = '----\n';
const bodyEnd = 'Explore more exclusive insights';

/**
 * Splits a paragraph into sentences: at . ! or ? followed by a space and a capital or an opening
 * quote, so "U.S. firms" and "$290 million." inside brackets stay whole.
 */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/**
 * Every sentence of the article in reading order: the headline, the summary bullets, then the
 * body, with the seeded facts each one supports (a fact supports a sentence when one of its
 * quotes overlaps it).
 */
export function articleSentences(
  article: string,
  facts: { nodes: { id: string; quotes: string[] }[]; edges: { id: string; quotes: string[] }[] },
): ArticleSentence[] {
  const start = article.indexOf(bodyStart);
  const end = article.indexOf(bodyEnd);
  const text = article.slice(start < 0 ? 0 : start + bodyStart.length, end < 0 ? undefined : end);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && line !== 'NextFin' && line !== 'Summarized by NextFin AI');

  const sentences: Omit<ArticleSentence, 'index' | 'nodes' | 'edges'>[] = [];
  lines.forEach((line, position) => {
    if (position === 0) sentences.push({ text: line, part: 'headline' });
    else if (line.startsWith('•'))
      sentences.push({ text: line.replace(/^•\s*/, ''), part: 'summary' });
    else
      splitSentences(line).forEach((sentence) => sentences.push({ text: sentence, part: 'body' }));
  });

  const overlaps = (sentence: string, quote: string) =>
    sentence.includes(quote) || quote.includes(sentence);
  return sentences.map((sentence, i) => ({
    index: i + 1,
    ...sentence,
    nodes: facts.nodes
      .filter((n) => n.quotes.some((q) => overlaps(sentence.text, q)))
      .map((n) => n.id),
    edges: facts.edges
      .filter((e) => e.quotes.some((q) => overlaps(sentence.text, q)))
      .map((e) => e.id),
  }));
}
