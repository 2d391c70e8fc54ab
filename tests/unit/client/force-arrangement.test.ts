import { describe, expect, it } from 'vitest';
import {
  CAMP_GAPS,
  arrangeByForces,
  type ArrangedNode,
} from '../../../client/src/features/graph/utils/force-arrangement.ts';

/** A node's box as distances from its position, its label hanging below. */
const footprint = { left: 40, right: 40, top: 10, bottom: 30 };

/** Two camps tangled together: every LLM node relates to every world-model node. */
function tangled(): { nodes: ArrangedNode[]; edges: { source: string; target: string }[] } {
  const llm = ['a', 'b', 'c'].map((id) => ({ id, camp: 'llm' as const, ...footprint }));
  const worldModel = ['x', 'y', 'z'].map((id) => ({
    id,
    camp: 'world-model' as const,
    ...footprint,
  }));
  const both = [{ id: 'm', camp: 'both' as const, ...footprint }];
  const neutral = [{ id: 'n', camp: 'neutral' as const, ...footprint }];
  const edges = llm.flatMap((l) => worldModel.map((w) => ({ source: l.id, target: w.id })));
  edges.push(
    { source: 'm', target: 'a' },
    { source: 'n', target: 'x' },
    { source: 'n', target: 'a' },
  );
  return { nodes: [...llm, ...both, ...worldModel, ...neutral], edges };
}

function edgesOf(
  positions: Map<string, { x: number; y: number }>,
  ids: readonly string[],
): { left: number; right: number; top: number; bottom: number } {
  const points = ids.map((id) => positions.get(id)!);
  return {
    left: Math.min(...points.map((p) => p.x - footprint.left)),
    right: Math.max(...points.map((p) => p.x + footprint.right)),
    top: Math.min(...points.map((p) => p.y - footprint.top)),
    bottom: Math.max(...points.map((p) => p.y + footprint.bottom)),
  };
}

describe('the force arrangement', () => {
  it('when camps are kept apart, then each camp box ends a full gap before the next begins', () => {
    const positions = arrangeByForces({ ...tangled(), fixed: new Map(), camps: true });
    const llm = edgesOf(positions, ['a', 'b', 'c']);
    const both = edgesOf(positions, ['m']);
    const worldModel = edgesOf(positions, ['x', 'y', 'z']);
    const neutral = edgesOf(positions, ['n']);
    expect(both.left - llm.right).toBeGreaterThanOrEqual(CAMP_GAPS.toBoth - 1e-6);
    expect(worldModel.left - both.right).toBeGreaterThanOrEqual(CAMP_GAPS.toBoth - 1e-6);
    const above = Math.max(llm.bottom, both.bottom, worldModel.bottom);
    expect(neutral.top - above).toBeGreaterThanOrEqual(CAMP_GAPS.toNeutral - 1e-6);
  });

  it('when there is no node in both camps, then the two camps keep the wider gap', () => {
    const { nodes, edges } = tangled();
    const positions = arrangeByForces({
      nodes: nodes.filter((node) => node.camp !== 'both'),
      edges: edges.filter((edge) => edge.source !== 'm'),
      fixed: new Map(),
      camps: true,
    });
    const gap =
      edgesOf(positions, ['x', 'y', 'z']).left - edgesOf(positions, ['a', 'b', 'c']).right;
    expect(gap).toBeGreaterThanOrEqual(CAMP_GAPS.llmToWorldModel - 1e-6);
  });

  it('when arranged twice, then both results are identical', () => {
    const first = arrangeByForces({ ...tangled(), fixed: new Map(), camps: false });
    const second = arrangeByForces({ ...tangled(), fixed: new Map(), camps: false });
    expect(second).toEqual(first);
  });

  it('when nodes are related, then they end nearer each other than unrelated ones', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      camp: 'neutral' as const,
      ...footprint,
    }));
    const positions = arrangeByForces({
      nodes,
      edges: [
        { source: 'a', target: 'b' },
        { source: 'c', target: 'd' },
      ],
      fixed: new Map(),
      camps: false,
    });
    const distance = (p: string, q: string) =>
      Math.hypot(
        positions.get(p)!.x - positions.get(q)!.x,
        positions.get(p)!.y - positions.get(q)!.y,
      );
    expect(distance('a', 'b')).toBeLessThan(distance('a', 'c'));
    expect(distance('c', 'd')).toBeLessThan(distance('b', 'd'));
  });

  it('when some nodes are fixed, then they stay exactly where they were and the rest move', () => {
    const at = { x: 500, y: -300 };
    const start = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 1, y: 0 }],
    ]);
    const positions = arrangeByForces({
      nodes: [
        { id: 'a', camp: 'llm', ...footprint },
        { id: 'b', camp: 'llm', ...footprint },
      ],
      edges: [{ source: 'a', target: 'b' }],
      fixed: new Map([['a', at]]),
      start,
      camps: true,
    });
    expect(positions.get('a')).toEqual(at);
    expect(positions.get('b')).not.toEqual(start.get('b'));
  });

  it('when a node is added beside a fixed map, then it settles near what it relates to', () => {
    const old = new Map([
      ['hub', { x: 0, y: 0 }],
      ['far', { x: 2000, y: 0 }],
    ]);
    const positions = arrangeByForces({
      nodes: ['hub', 'far', 'new'].map((id) => ({ id, camp: 'neutral' as const, ...footprint })),
      edges: [{ source: 'new', target: 'hub' }],
      fixed: old,
      start: new Map([...old, ['new', { x: 0, y: -150 }]]),
      camps: false,
    });
    const added = positions.get('new')!;
    expect(Math.hypot(added.x, added.y)).toBeLessThan(400);
  });
});
