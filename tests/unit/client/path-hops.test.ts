import { describe, expect, it } from 'vitest';
import {
  bestQuote,
  pathCaption,
  pathHops,
  pathIds,
} from '../../../client/src/features/paths/utils/path-hops.ts';
import type { ApiEdge } from '../../../client/src/lib/api-types.ts';
import { apiEdge, apiNode } from './fixtures.ts';

function quoted(edge: ApiEdge, ...quotes: string[]): ApiEdge {
  return { ...edge, properties: { quotes } };
}

const payload = {
  nodes: [
    { ...apiNode('zhu-jun', ['Person'], 'world-model'), caption: 'Zhu Jun' },
    { ...apiNode('shengshu', ['Company'], 'world-model'), caption: 'ShengShu' },
    { ...apiNode('world-labs', ['Company'], 'world-model'), caption: 'World Labs' },
    { ...apiNode('fei-fei-li', ['Person'], 'world-model'), caption: 'Fei-Fei Li' },
  ],
  edges: [
    quoted(apiEdge('zhu-jun', 'FOUNDED', 'shengshu'), 'ShengShu founder Zhu Jun stated …'),
    quoted(
      apiEdge('shengshu', 'COMPETES_WITH', 'world-labs'),
      'The landscape is globalizing.',
      'Alibaba’s lead in the ShengShu round … U.S. firms like World Labs, led by Fei-Fei Li …',
    ),
    quoted(apiEdge('fei-fei-li', 'LEADS', 'world-labs')),
  ],
};
const path = {
  nodes: ['zhu-jun', 'shengshu', 'world-labs', 'fei-fei-li'],
  edges: payload.edges.map((edge) => edge.id),
  hops: 3,
};

describe('the steps of a path', () => {
  it('when a relationship points along the walk, then the step is forward, with its quote', () => {
    const [first] = pathHops(path, payload);
    expect(first).toMatchObject({ forward: true, quote: 'ShengShu founder Zhu Jun stated …' });
    expect([first!.from?.caption, first!.to?.caption]).toEqual(['Zhu Jun', 'ShengShu']);
  });

  it('when a relationship points against the walk, then the step says so and keeps walking order', () => {
    const last = pathHops(path, payload)[2]!;
    expect(last.forward).toBe(false);
    expect([last.from?.caption, last.to?.caption]).toEqual(['World Labs', 'Fei-Fei Li']);
    expect(last.quote).toBeUndefined();
  });

  it('when a relationship has several quotes, then the one naming both ends is shown', () => {
    expect(pathHops(path, payload)[1]!.quote).toContain('World Labs');
    expect(bestQuote(['a b', 'b'], ['b'])).toBe('a b');
    expect(bestQuote([], ['x'])).toBeUndefined();
  });

  it('when listed or lit up, then a path reads as names and covers its nodes and edges', () => {
    expect(pathCaption(path, payload)).toBe('Zhu Jun → ShengShu → World Labs → Fei-Fei Li');
    expect(pathIds(path)).toHaveLength(7);
  });
});
