import { describe, expect, it } from 'vitest';
import { evidenceSummary } from '../../../client/src/features/analysis/utils/evidence-summary.ts';
import { corroborationSizes } from '../../../client/src/features/analysis/utils/size-measures.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

/** A chain of `count` entities (count - 1 relationships), one of them backed by 5 sources. */
function chain(count: number) {
  const nodes = Array.from({ length: count }, (_, i) =>
    apiNode(`n${i}`, ['Company'], 'llm', { corroboration: i === 7 ? 5 : 1 }),
  );
  const edges = nodes.slice(1).map((node, i) => apiEdge(nodes[i]!.id, 'PARTNERS_WITH', node.id));
  return graphFromPayload({ nodes, edges });
}

describe('evidenceSummary', () => {
  it('when a fact is disputed, then it is listed, and the best-backed fact sets the most sources', () => {
    const graph = graphFromPayload({
      nodes: [
        apiNode('a', ['Company'], 'llm', { corroboration: 3, disputed: ['valuation'] }),
        apiNode('b', ['Company'], 'llm'),
      ],
      edges: [],
    });
    expect(evidenceSummary(graph)).toEqual({ mostSources: 3, disputed: ['a'] });
  });

  it('when the canvas holds more facts than a call takes arguments (100k entities, 100k relationships), then it still answers', () => {
    // A spread into Math.max overflowed the call stack here and blanked the page at 50k entities.
    const graph = chain(100_000);
    expect(evidenceSummary(graph)).toEqual({ mostSources: 5, disputed: [] });
  });
});

describe('corroborationSizes', () => {
  it('when given 200k entities, then every one gets a size without overflowing the stack', () => {
    const nodes = Array.from({ length: 200_000 }, (_, i) => ({
      id: `n${i}`,
      corroboration: i === 0 ? 4 : 1,
    }));
    const sizes = corroborationSizes(nodes);
    expect(sizes.size).toBe(200_000);
    expect(sizes.get('n0')).toBeGreaterThan(sizes.get('n1')!);
  });
});
