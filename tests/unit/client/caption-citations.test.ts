import { describe, expect, it } from 'vitest';
import { captionCitations } from '../../../client/src/features/export/utils/caption-sentences.ts';
import type { ApiSource } from '../../../client/src/lib/api-types.ts';

const source = (id: string, publisher: string, year: number): [string, ApiSource] => [
  id,
  {
    id,
    publisher,
    year,
    title: `${publisher} story`,
    date: `${year}-01-01`,
    facts: { entities: 0, relationships: 0 },
  },
];
const sources = new Map([source('a', 'NextFin News', 2026), source('b', 'Test Wire', 2026)]);
const edge = (quotes: string[], quoteSources: string[]) => ({
  id: quotes.join(),
  type: 'LED',
  source: 'x',
  target: 'y',
  properties: { quotes, quoteSources },
});

describe('the citations of an image caption', () => {
  it('when the facts shown rest on two sources, then both are cited, numbered, and each sentence names its number', () => {
    const graph = {
      nodes: [],
      edges: [edge(['First.', 'Second.'], ['a', 'b']), edge(['First.'], ['a'])],
    };
    expect(captionCitations(graph, sources)).toEqual({
      credit:
        '[1] NextFin News, 2026, “NextFin News story”; [2] Test Wire, 2026, “Test Wire story”',
      sentences: ['First. [1]', 'Second. [2]'],
    });
  });

  it('when one source is shown, then it is credited without numbers', () => {
    const graph = { nodes: [], edges: [edge(['Only.'], ['a'])] };
    expect(captionCitations(graph, sources)).toEqual({
      credit: 'NextFin News, 2026, “NextFin News story”',
      sentences: ['Only.'],
    });
  });
});
