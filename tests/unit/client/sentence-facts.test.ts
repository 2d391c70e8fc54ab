import { describe, expect, it } from 'vitest';
import {
  factIds,
  factsOnCanvas,
  sentenceOfQuote,
} from '../../../client/src/features/sources/utils/sentence-facts.ts';
import type { ApiSentence } from '../../../client/src/lib/api-types.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

function sentence(index: number, text: string, nodes: string[] = [], edges: string[] = []) {
  return { index, text, part: 'body', nodes, edges } satisfies ApiSentence;
}

const sentences = [
  sentence(1, 'Alibaba Leads $290 Million Bet on World Models'),
  sentence(
    2,
    'ShengShu founder Zhu Jun stated that the company aims to build a model.',
    ['zhu-jun'],
    ['zhu-jun-FOUNDED-shengshu'],
  ),
  sentence(3, 'This transition is not without its skeptics.'),
];

describe('finding a quote’s sentence', () => {
  it('when the quote is the sentence or part of it, then that sentence is found', () => {
    expect(sentenceOfQuote(sentences, 'Zhu Jun stated that')?.index).toBe(2);
    expect(sentenceOfQuote(sentences, '  ShengShu founder Zhu Jun\n stated')?.index).toBe(2);
  });

  it('when the quote spans sentences, then the first one it contains is found', () => {
    const quote = `${sentences[1]!.text} ${sentences[2]!.text}`;
    expect(sentenceOfQuote(sentences, quote)?.index).toBe(2);
  });

  it('when nothing matches, then no sentence is found', () => {
    expect(sentenceOfQuote(sentences, 'Nothing like this')).toBeUndefined();
    expect(sentenceOfQuote(sentences, ' ')).toBeUndefined();
  });
});

describe('a sentence’s facts on the canvas', () => {
  it('when some of its facts are drawn, then only those are counted', () => {
    const graph = graphFromPayload({
      nodes: [apiNode('zhu-jun', ['Person'], 'world-model')],
      edges: [apiEdge('zhu-jun', 'FOUNDED', 'shengshu')],
    });
    expect(factIds(sentences[1]!)).toEqual(['zhu-jun', 'zhu-jun-FOUNDED-shengshu']);
    // The edge's other end is missing, so the edge is not on the canvas either.
    expect(factsOnCanvas(sentences[1]!, graph)).toBe(1);
    expect(factsOnCanvas(sentences[0]!, graph)).toBe(0);
  });
});
