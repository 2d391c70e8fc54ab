import { describe, expect, it } from 'vitest';
import { articleSentences, splitSentences } from '../../../server/seed/article-sentences.ts';
import { loadSeedData } from '../../../server/seed/seed-data.ts';

describe('splitSentences', () => {
  it('when abbreviations and figures sit inside a sentence, then it stays whole', () => {
    expect(
      splitSentences(
        'U.S. firms like World Labs begin. It raised $290 million. "Quoted," he said.',
      ),
    ).toEqual([
      'U.S. firms like World Labs begin.',
      'It raised $290 million.',
      '"Quoted," he said.',
    ]);
  });
});

describe('articleSentences on the seed article', () => {
  const data = loadSeedData();
  const sentences = articleSentences(data.article, {
    nodes: data.nodes,
    edges: data.relationships,
  });

  it('when split, then the headline comes first, then the summary bullets, then the body, without page furniture', () => {
    expect(sentences[0]).toMatchObject({ index: 1, part: 'headline' });
    expect(sentences[0]!.text).toBe(
      'Alibaba Leads $290 Million Bet on World Models as AI Industry Pivots Beyond LLMs',
    );
    expect(sentences.filter((s) => s.part === 'summary')).toHaveLength(4);
    expect(
      sentences.some((s) => s.text.includes('Insights') || s.text.includes('Explore more')),
    ).toBe(false);
    expect(sentences.at(-1)!.text).toBe(
      'If these models cannot maintain consistent physical logic over long durations, their utility for robotics will remain confined to the digital realm of gaming and entertainment.',
    );
  });

  it('when facts are matched, then every seeded quote is found in at least one sentence', () => {
    const supported = new Set(sentences.flatMap((s) => [...s.nodes, ...s.edges]));
    for (const node of data.nodes) expect(supported.has(node.id), node.id).toBe(true);
    for (const rel of data.relationships) expect(supported.has(rel.id), rel.id).toBe(true);
  });

  it('when a sentence names a funding round, then it supports the round and its lead', () => {
    const lead = sentences.find((s) => s.text.startsWith('NextFin News - Alibaba Cloud has led'))!;
    expect(lead.nodes).toContain('shengshu-series-b');
    expect(lead.edges).toContain('alibaba-cloud-LED-shengshu-series-b');
  });
});
