import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../common/domain.ts';
import { findSeedProblems } from '../../../server/seed/seed-data.ts';
import {
  generateSyntheticGraph,
  SYNTHETIC_QUOTE,
} from '../../../server/seed/synthetic/synthetic-graph.ts';

describe('generateSyntheticGraph', () => {
  const graph = generateSyntheticGraph(5_000, 1);

  it('when generated, then it passes the same checks as the article seed, with synthetic provenance', () => {
    expect(graph.nodes).toHaveLength(5_000);
    expect(findSeedProblems(SYNTHETIC_QUOTE, graph.nodes, graph.relationships)).toEqual([]);
    expect(graph.nodes.every((node) => node.properties.synthetic === true)).toBe(true);
  });

  it('when generated twice with one seed, then the graphs are identical', () => {
    expect(generateSyntheticGraph(500, 3)).toEqual(generateSyntheticGraph(500, 3));
  });

  it('when degrees are counted, then a few hubs hold many links (a heavy tail, not a uniform spread)', () => {
    const degree = new Map<string, number>();
    for (const rel of graph.relationships) {
      degree.set(rel.source, (degree.get(rel.source) ?? 0) + 1);
      degree.set(rel.target, (degree.get(rel.target) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(20 * median);
  });

  it('when generated, then every kind of the schema and both camps appear, rounds with amounts and currencies', () => {
    const labels = new Set(graph.nodes.flatMap((node) => node.labels));
    for (const label of ENTITY_KINDS) expect(labels).toContain(label);
    const camps = new Set(graph.nodes.map((node) => node.camp));
    expect(camps).toEqual(new Set(['llm', 'world-model', 'both', 'neutral']));
    const round = graph.nodes.find((node) => node.labels.includes('FundingRound'))!;
    expect(round.properties).toMatchObject({
      amount: expect.any(Number),
      currency: expect.any(String),
      year: expect.any(Number),
    });
  });
});
