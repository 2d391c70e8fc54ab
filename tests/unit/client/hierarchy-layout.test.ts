import { describe, expect, it } from 'vitest';
import {
  hierarchyPositions,
  hierarchyRank,
} from '../../../client/src/features/graph/utils/hierarchy-layout.ts';
import { filterKindOf } from '../../../client/src/features/analysis/utils/visibility.ts';
import { seedGraph } from './fixtures.ts';

describe('the hierarchy layout', () => {
  it('when kinds are ranked, then money flows down to challenges', () => {
    const order = ['Investor', 'FundingRound', 'Company', 'Product', 'Technology', 'Challenge'];
    const ranks = order.map(hierarchyRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(order.length);
    expect(hierarchyRank('Person')).toBe(hierarchyRank('Company'));
    expect(hierarchyRank('Gadget')).toBe(hierarchyRank('Technology'));
  });

  it('when the ecosystem is laid out, then each kind sits in its own band, top to bottom', () => {
    const seed = seedGraph();
    const nodes = seed.nodes.map((node) => ({
      id: node.id,
      rank: hierarchyRank(filterKindOf(node)),
      width: 80,
      height: 40,
    }));
    const positions = hierarchyPositions(nodes, seed.edges);
    const band = (kind: string) => {
      const ys = seed.nodes
        .filter((node) => filterKindOf(node) === kind)
        .map((node) => positions.get(node.id)!.y);
      return { top: Math.min(...ys), bottom: Math.max(...ys) };
    };
    const bands = ['Investor', 'FundingRound', 'Company', 'Product', 'Technology', 'Challenge'].map(
      band,
    );
    for (let i = 1; i < bands.length; i++) {
      expect(bands[i]!.top).toBeGreaterThan(bands[i - 1]!.bottom);
    }
    expect(positions.size).toBe(seed.nodes.length);
  });
});
