import { describe, expect, it } from 'vitest';
import { graphArrays, OTHER_KIND } from '../../../client/src/features/graph/large/graph-arrays.ts';
import {
  canvasScaleFor,
  largeNodeSize,
} from '../../../client/src/features/graph/large/large-graph.ts';
import { LargeScene } from '../../../client/src/features/graph/large/large-scene.ts';
import { sceneCampRegions } from '../../../client/src/features/graph/large/scene-camp-regions.ts';
import { SpatialGrid } from '../../../client/src/features/graph/large/spatial-grid.ts';
import { seededRandom } from '../../../common/seeded-random.ts';
import { graphFromPayload, mergeGraph } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

const model = graphFromPayload({
  nodes: [
    apiNode('a', ['Company'], 'llm'),
    apiNode('b', ['Company', 'Investor'], 'world-model'),
    apiNode('c', ['Gadget'], 'nowhere'),
  ],
  edges: [apiEdge('a', 'FUNDS', 'b'), apiEdge('b', 'USES', 'c'), apiEdge('a', 'KNOWS', 'zz')],
});

describe('a graph as flat arrays', () => {
  it('when built, then ids, kinds, camps and degrees line up by index', () => {
    const arrays = graphArrays(model);
    expect(arrays.ids).toEqual(['a', 'b', 'c']);
    expect([...arrays.degree]).toEqual([1, 2, 1]);
    // Company and Investor is drawn as an Investor; an unknown label is "other".
    expect(arrays.kind[1]).toBe(1);
    expect(arrays.kind[2]).toBe(OTHER_KIND);
    expect([...arrays.camp]).toEqual([0, 2, 3]);
  });

  it('when an edge names an entity that is not there, then it is left out', () => {
    expect(graphArrays(model).edgeIds).toEqual(['a-FUNDS-b', 'b-USES-c']);
  });
});

describe('the scene of a large graph', () => {
  it('when asked for the best connected nodes, then they come by degree, ties by index, sorted once', () => {
    const scene = new LargeScene(model);
    expect([...scene.byDegree()]).toEqual([1, 0, 2]);
    expect(scene.byDegree()).toBe(scene.byDegree());
  });

  it('when the graph grows, then known nodes keep their place and newcomers are unplaced', () => {
    const first = new LargeScene(model);
    first.place({ a: { x: 10, y: 20 }, b: { x: 30, y: 40 }, c: { x: 0, y: 0 } });
    const grown = mergeGraph(model, {
      nodes: [apiNode('d', ['Person'], 'llm')],
      edges: [apiEdge('d', 'WORKS_AT', 'a')],
    }).model;
    const next = new LargeScene(grown, first);
    expect(next.positionOf('a')).toEqual({ x: 10, y: 20 });
    expect(next.placed[next.arrays.index.get('d')!]).toBe(0);
    expect(next.placed[next.arrays.index.get('b')!]).toBe(1);
  });

  it('when filters hide a node, then it leaves the box, the grid and the camp regions', () => {
    const scene = new LargeScene(model);
    scene.place({ a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 1000, y: 1000 } });
    const changed = scene.setVisibility({
      nodes: new Set(['a', 'b']),
      edges: new Set(['a-FUNDS-b']),
    });
    expect(changed).toBe(true);
    expect(scene.box()!.x2).toBeLessThan(200);
    expect(scene.spatialGrid().countIn({ x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 })).toBe(2);
    expect(sceneCampRegions(scene, 1, { x: 0, y: 0 }).map((r) => r.camp)).toEqual([
      'llm',
      'world-model',
    ]);
  });

  it('when regions are asked for at another zoom and pan, then they scale and move with them', () => {
    const scene = new LargeScene(model);
    scene.place({ a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 0, y: 100 } });
    const [atOne] = sceneCampRegions(scene, 1, { x: 0, y: 0 });
    const [atTwo] = sceneCampRegions(scene, 2, { x: 5, y: 7 });
    expect(atTwo!.width).toBeCloseTo(atOne!.width * 2);
    expect(atTwo!.x).toBeCloseTo(atOne!.x * 2 + 5);
  });

  it('when sized, then busier nodes are bigger, within bounds', () => {
    expect(largeNodeSize(1)).toBeLessThan(largeNodeSize(20));
    expect(largeNodeSize(10_000)).toBe(largeNodeSize(40));
    expect(canvasScaleFor(45)).toBe('small');
    expect(canvasScaleFor(5000)).toBe('large');
  });
});

describe('the grid that finds nodes by place', () => {
  const random = seededRandom(7);
  const count = 2000;
  const positions = new Float64Array(2 * count);
  for (let i = 0; i < 2 * count; i++) positions[i] = random() * 5000 - 2500;
  const grid = new SpatialGrid(positions, count);

  it('when asked for a box, then it lists exactly the nodes inside', () => {
    const box = { x1: -400, y1: 100, x2: 900, y2: 1300 };
    const found: number[] = [];
    grid.forEachIn(box, (i) => {
      found.push(i);
    });
    const expected = [];
    for (let i = 0; i < count; i++) {
      const x = positions[2 * i]!;
      const y = positions[2 * i + 1]!;
      if (x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2) expected.push(i);
    }
    expect(found.sort((a, b) => a - b)).toEqual(expected);
    expect(grid.countIn(box, 5)).toBe(Math.min(5, expected.length));
  });

  it('when asked what is near a point, then the nearest comes first', () => {
    const x = positions[0]!;
    const y = positions[1]!;
    const near = grid.near(x + 1, y, 200);
    expect(near[0]).toBe(0);
    const distances = near.map((i) =>
      Math.hypot(positions[2 * i]! - x - 1, positions[2 * i + 1]! - y),
    );
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});
