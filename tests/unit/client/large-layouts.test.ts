import { describe, expect, it } from 'vitest';
import {
  circleLayout,
  concentricLayout,
  layeredLayout,
} from '../../../client/src/features/graph/large/direct-layouts.ts';
import {
  ForceJob,
  gatherStrays,
  packCamps,
} from '../../../client/src/features/graph/large/force-job.ts';
import { ForceSimulation } from '../../../client/src/features/graph/large/force-layout.ts';
import { graphArrays } from '../../../client/src/features/graph/large/graph-arrays.ts';
import {
  campDiscs,
  placeByCamp,
} from '../../../client/src/features/graph/large/initial-placement.ts';
import { CAMPS } from '../../../client/src/lib/camps.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

/** A synthetic graph: `hubs` stars of `leaves` leaves each, camps and kinds in turn. */
function stars(hubs: number, leaves: number) {
  const camps = ['llm', 'both', 'world-model', 'neutral'];
  const kinds = ['Company', 'Investor', 'Person', 'Product', 'Technology', 'FundingRound'];
  const nodes = [];
  const edges = [];
  for (let h = 0; h < hubs; h++) {
    const camp = camps[h % camps.length]!;
    nodes.push(apiNode(`hub-${h}`, ['Company'], camp));
    for (let l = 0; l < leaves; l++) {
      const id = `leaf-${h}-${l}`;
      nodes.push(apiNode(id, [kinds[l % kinds.length]!], camp));
      edges.push(apiEdge(`hub-${h}`, 'LINKS', id));
    }
  }
  return graphArrays(graphFromPayload({ nodes, edges }));
}

function distance(positions: Float64Array, a: number, b: number): number {
  return Math.hypot(
    positions[2 * a]! - positions[2 * b]!,
    positions[2 * a + 1]! - positions[2 * b + 1]!,
  );
}

function meanX(positions: Float64Array, members: number[]): number {
  return members.reduce((sum, i) => sum + positions[2 * i]!, 0) / members.length;
}

describe('the force layout for large graphs', () => {
  it('when it runs twice on the same graph, then it places every node the same', () => {
    const graph = stars(6, 20);
    const run = () => {
      const start = placeByCamp(graph, 30).positions;
      const simulation = new ForceSimulation(
        { count: graph.ids.length, edges: graph.edges },
        start,
        { ticks: 60 },
      );
      simulation.run();
      return simulation.positions;
    };
    expect(run()).toEqual(run());
  });

  it('when it has run, then neighbours end closer together than strangers', () => {
    const graph = stars(4, 15);
    const simulation = new ForceSimulation(
      { count: graph.ids.length, edges: graph.edges },
      placeByCamp(graph, 30).positions,
      { ticks: 150 },
    );
    expect(simulation.run()).toBe(true);
    const p = simulation.positions;
    const hub = graph.index.get('hub-0')!;
    const ownLeaf = graph.index.get('leaf-0-3')!;
    const otherLeaf = graph.index.get('leaf-2-3')!;
    expect(distance(p, hub, ownLeaf)).toBeLessThan(distance(p, hub, otherLeaf));
  });

  it('when a node is fixed, then it does not move', () => {
    const graph = stars(2, 10);
    const start = placeByCamp(graph, 30).positions;
    const fixed = new Uint8Array(graph.ids.length);
    fixed[0] = 1;
    const simulation = new ForceSimulation(
      { count: graph.ids.length, edges: graph.edges, fixed },
      start.slice(),
      { ticks: 40 },
    );
    simulation.run();
    expect([simulation.positions[0], simulation.positions[1]]).toEqual([start[0], start[1]]);
  });

  it('when it is run a slice at a time, then it reports progress up to done', () => {
    const graph = stars(10, 30);
    const job = new ForceJob({
      kind: 'forces',
      count: graph.ids.length,
      edges: graph.edges,
      camp: graph.camp,
      positions: placeByCamp(graph, 30).positions,
      spacing: 40,
    });
    let last = job.progress;
    let slices = 0;
    while (!job.step(1)) {
      expect(job.progress).toBeGreaterThanOrEqual(last);
      last = job.progress;
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(job.progress).toBe(1);
    expect(job.positions().every(Number.isFinite)).toBe(true);
  });
});

describe('the camps layout for large graphs', () => {
  const graph = stars(8, 25);
  const job = new ForceJob({
    kind: 'camps',
    count: graph.ids.length,
    edges: graph.edges,
    camp: graph.camp,
    positions: placeByCamp(graph, 30).positions,
    spacing: 40,
  });
  while (!job.step(50));
  const positions = job.positions();
  const members = (camp: string) =>
    graph.ids.flatMap((_id, i) => (CAMPS[graph.camp[i]!] === camp ? [i] : []));

  it('when laid out, then the LLM camp is left of both camps, which is left of world models', () => {
    const llm = members('llm');
    const both = members('both');
    const worldModel = members('world-model');
    expect(Math.max(...llm.map((i) => positions[2 * i]!))).toBeLessThan(
      Math.min(...both.map((i) => positions[2 * i]!)),
    );
    expect(meanX(positions, both)).toBeLessThan(meanX(positions, worldModel));
  });

  it('when laid out, then the neutral camp is below the others', () => {
    const neutral = members('neutral');
    const rest = graph.ids.flatMap((_id, i) => (CAMPS[graph.camp[i]!] === 'neutral' ? [] : [i]));
    expect(Math.min(...neutral.map((i) => positions[2 * i + 1]!))).toBeGreaterThan(
      Math.max(...rest.map((i) => positions[2 * i + 1]!)),
    );
  });

  it('when camps are packed, then their boxes do not overlap', () => {
    const box = (x1: number, x2: number) => ({ x1, x2, y1: -50, y2: 50 });
    const offsets = packCamps(
      [
        { camp: 0, box: box(-100, 100) },
        { camp: 2, box: box(-300, 300) },
      ],
      40,
    );
    const leftEnd = 100 + offsets[0]!.x;
    const rightStart = -300 + offsets[1]!.x;
    expect(leftEnd).toBeLessThan(rightStart);
  });

  it('when a small component drifted far away, then it is brought back to the crowd', () => {
    const count = 100;
    const spread = new Float64Array(2 * count);
    for (let k = 0; k < count; k++) {
      spread[2 * k] = Math.cos(k) * 100;
      spread[2 * k + 1] = Math.sin(k) * 100;
    }
    spread[0] = 100_000;
    const gathered = gatherStrays(spread, count);
    expect(Math.abs(gathered[0]!)).toBeLessThan(200);
    expect(gathered[2]).toBe(spread[2]);
  });
});

describe('the first placement of a large graph', () => {
  it('when placed, then camps sit in discs left to right, neutral below, none overlapping', () => {
    const discs = campDiscs([100, 50, 200, 80], 30);
    const [llm, both, worldModel, neutral] = discs;
    expect(llm!.x + llm!.radius).toBeLessThan(both!.x - both!.radius);
    expect(both!.x + both!.radius).toBeLessThan(worldModel!.x - worldModel!.radius);
    expect(neutral!.y - neutral!.radius).toBeGreaterThan(Math.max(llm!.radius, worldModel!.radius));
  });

  it('when placed, then the best-connected nodes of a camp are nearest its middle', () => {
    const graph = stars(1, 40);
    const { positions, discs } = placeByCamp(graph, 30);
    const disc = discs[CAMPS.indexOf('llm')]!;
    const fromMiddle = (i: number) =>
      Math.hypot(positions[2 * i]! - disc.x, positions[2 * i + 1]! - disc.y);
    const hub = graph.index.get('hub-0')!;
    const leaves = graph.ids.flatMap((id, i) => (id.startsWith('leaf') ? [i] : []));
    expect(fromMiddle(hub)).toBeLessThan(Math.min(...leaves.map(fromMiddle)));
  });
});

describe('the layouts large graphs get without forces', () => {
  const graph = stars(3, 12);

  it('when concentric, then better-connected nodes are nearer the middle', () => {
    const positions = concentricLayout(graph, 30);
    const radius = (i: number) => Math.hypot(positions[2 * i]!, positions[2 * i + 1]!);
    expect(radius(graph.index.get('hub-0')!)).toBeLessThan(radius(graph.index.get('leaf-0-0')!));
  });

  it('when on a circle, then every node is on one ring, grouped by camp', () => {
    const positions = circleLayout(graph, 30);
    const radii = graph.ids.map((_id, i) => Math.hypot(positions[2 * i]!, positions[2 * i + 1]!));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!);
  });

  it('when layered, then investors are above companies, which are above products', () => {
    const positions = layeredLayout(graph, 30);
    const y = (id: string) => positions[2 * graph.index.get(id)! + 1]!;
    // leaf-0-1 is an Investor, hub-0 a Company, leaf-0-3 a Product.
    expect(y('leaf-0-1')).toBeLessThan(y('hub-0'));
    expect(y('hub-0')).toBeLessThan(y('leaf-0-3'));
  });
});
