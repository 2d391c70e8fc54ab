import type { ApiSentence } from '../../../lib/api-types.ts';

/** A request to show a quote where it stands in its source; `seq` tells repeats apart. */
export interface JumpRequest {
  quote: string;
  seq: number;
}

/** How each part of an article is headed in the Sources panel. */
export const PART_TITLES: Record<ApiSentence['part'], string> = {
  headline: 'Headline',
  summary: 'Summary',
  body: 'Article',
};

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The sentence a quote comes from: the first that contains it or that it contains (a quote may
 * span sentences), as the server matches quotes to sentences.
 */
export function sentenceOfQuote(
  sentences: readonly ApiSentence[],
  quote: string,
): ApiSentence | undefined {
  const wanted = normalize(quote);
  if (wanted === '') return undefined;
  return sentences.find((sentence) => {
    const text = normalize(sentence.text);
    return text.includes(wanted) || wanted.includes(text);
  });
}

/** Every fact a sentence supports, entities first. */
export function factIds(sentence: ApiSentence): string[] {
  return [...sentence.nodes, ...sentence.edges];
}

/** What is on screen, by id: the graph, or what the filters leave of it. */
export interface ShownFacts {
  nodes: { has(id: string): boolean };
  edges: { has(id: string): boolean };
}

/** How many of a sentence's facts are on screen. */
export function factsOnCanvas(sentence: ApiSentence, shown: ShownFacts): number {
  return (
    sentence.nodes.filter((id) => shown.nodes.has(id)).length +
    sentence.edges.filter((id) => shown.edges.has(id)).length
  );
}

/** The spotlight key of a sentence, unique across sources. */
export function sentenceKey(sourceId: string, index: number): string {
  return `sentence:${sourceId}:${index}`;
}
