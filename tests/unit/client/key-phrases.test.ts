import { describe, expect, it } from 'vitest';
import { highlightTerms } from '../../../client/src/lib/highlight-terms.ts';
import { amountsIn, edgePhrases, nodePhrases } from '../../../client/src/lib/key-phrases.ts';
import { apiEdge, apiNode } from './fixtures.ts';

const quote =
  'Alibaba Cloud has led a 2 billion yuan ($290 million) Series B funding round for ShengShu.';
const cloud = { ...apiNode('alibaba-cloud', ['Company'], 'both'), caption: 'Alibaba Cloud' };
const round = {
  ...apiNode('shengshu-series-b', ['FundingRound'], 'world-model', { roundType: 'Series B' }),
  caption: 'ShengShu Series B',
};

function marked(text: string, phrases: { terms: string[]; stems: string[] }): string[] {
  return highlightTerms(text, phrases.terms, phrases.stems)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);
}

describe('sums of money in a sentence', () => {
  it('when the article names sums in several currencies, then each is found as written', () => {
    expect(amountsIn(quote)).toEqual(['2 billion yuan', '$290 million']);
    expect(amountsIn('LeCun raised €500 million. It grew 5.')).toEqual(['€500 million']);
  });
});

describe('the key phrases of a fact', () => {
  it('when a relationship touches a funding round, then its ends, its verb and the sums are marked', () => {
    const edge = apiEdge('alibaba-cloud', 'LED', 'shengshu-series-b');
    expect(marked(quote, edgePhrases(edge, [cloud, round], [quote]))).toEqual([
      'Alibaba Cloud',
      'led',
      '2 billion yuan',
      '$290 million',
      'Series B',
    ]);
  });

  it('when the data keeps the article’s own wording, then that phrase is marked whole', () => {
    const edge = {
      ...apiEdge('yann', 'LEFT', 'meta'),
      properties: { articleWording: 'recently departed Meta to launch AMI Labs' },
    };
    const text = 'Yann LeCun, who recently departed Meta to launch AMI Labs, raised money.';
    expect(marked(text, edgePhrases(edge, [], [text]))).toEqual([
      'recently departed Meta to launch AMI Labs',
    ]);
  });

  it('when a type has no listed words, then its own words mark whole words only', () => {
    const edge = apiEdge('a', 'TRAINED_ON', 'b');
    expect(marked('Trained on video, it is retraining.', edgePhrases(edge, [], []))).toEqual([
      'Trained',
    ]);
  });

  it('when an entity is no funding round, then sums in its quotes stay unmarked', () => {
    expect(nodePhrases(cloud, [quote]).terms).toEqual(['Alibaba Cloud']);
    expect(nodePhrases(round, [quote]).terms).toEqual(
      expect.arrayContaining(['Series B', '2 billion yuan']),
    );
  });
});

describe('the verb of a relationship', () => {
  it('when someone leads a company, then "led by" is marked but the noun "lead" is not', () => {
    const edge = apiEdge('fei-fei-li', 'LEADS', 'world-labs');
    const text = 'Alibaba’s lead in the round … firms like World Labs, led by Fei-Fei Li.';
    expect(marked(text, edgePhrases(edge, [], []))).toEqual(['led by']);
  });
});
