import { describe, expect, it } from 'vitest';
import {
  expansionSummary,
  neighborsOf,
  relationshipSummary,
} from '../../../client/src/features/details/utils/relationship-summary.ts';
import { apiEdge } from './fixtures.ts';

const edges = [
  apiEdge('alibaba-cloud', 'LED', 'series-b'),
  apiEdge('alibaba', 'LED', 'series-b'),
  apiEdge('tal', 'PARTICIPATED_IN', 'series-b'),
  apiEdge('shengshu', 'RAISED', 'series-b'),
  apiEdge('series-b', 'FUNDS', 'shengshu'),
  apiEdge('other', 'LED', 'elsewhere'),
];

describe('the relationship types around an entity', () => {
  const summary = relationshipSummary('series-b', edges);

  it('when summarised, then each type lists its neighbours by direction, most first', () => {
    expect(summary.map((entry) => entry.type)).toEqual([
      'LED',
      'FUNDS',
      'PARTICIPATED_IN',
      'RAISED',
    ]);
    expect(summary[0]).toEqual({ type: 'LED', out: [], in: ['alibaba-cloud', 'alibaba'] });
  });

  it('when a direction is chosen, then only neighbours that way count, each once', () => {
    const led = summary[0]!;
    expect(neighborsOf(led, 'out')).toEqual([]);
    expect(neighborsOf(led, 'in')).toHaveLength(2);
    const both = relationshipSummary('a', [apiEdge('a', 'X', 'b'), apiEdge('b', 'X', 'a')])[0]!;
    expect(neighborsOf(both, 'both')).toEqual(['b']);
  });
});

describe('what an expansion says it showed', () => {
  it('when capped, then it says how many of how many', () => {
    expect(expansionSummary(10, 25, ['LED', 'RAISED'], 'out')).toBe(
      'Showing 10 of 25 outgoing LED and RAISED neighbours.',
    );
  });

  it('when everything came, then it says so, in the singular when there is one', () => {
    expect(expansionSummary(2, 2, ['LED'], 'in')).toBe('Showing all 2 incoming LED neighbours.');
    expect(expansionSummary(1, 1, [], 'both')).toBe('Showing the only neighbour.');
    expect(expansionSummary(0, 0, ['LED'], 'out')).toBe('No outgoing LED neighbours.');
  });
});
