import { describe, expect, it } from 'vitest';
import { circlePositions } from '../../../client/src/features/graph/utils/circle-positions.ts';
import { fitViewport } from '../../../client/src/lib/viewport.ts';
import { clearEdges } from '../../../client/src/features/graph/utils/node-edge-clearance.ts';
import { separateFootprints } from '../../../client/src/features/graph/utils/overlap-removal.ts';
import { ringPositions } from '../../../client/src/features/graph/utils/ring-positions.ts';
import { seededRandom } from '../../../common/seeded-random.ts';

describe('placing new neighbours', () => {
  it('when one node is added, then it goes straight out, away from the graph', () => {
    const [spot] = ringPositions({ x: 100, y: 0 }, 1, 50, { x: 0, y: 0 });
    expect(spot!.x).toBeCloseTo(150);
    expect(spot!.y).toBeCloseTo(0);
  });

  it('when several nodes are added, then they sit on the ring at distinct spots', () => {
    const spots = ringPositions({ x: 0, y: 0 }, 6, 100);
    expect(spots).toHaveLength(6);
    for (const spot of spots) expect(Math.hypot(spot.x, spot.y)).toBeCloseTo(100);
    const keys = new Set(spots.map((s) => `${s.x.toFixed(3)},${s.y.toFixed(3)}`));
    expect(keys.size).toBe(6);
  });
});

describe('keeping nodes off edges that are not theirs', () => {
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 200, y: 0 }],
    ['c', { x: 100, y: 3 }],
  ]);
  const nodes = [
    { id: 'a', radius: 10 },
    { id: 'b', radius: 10 },
    { id: 'c', radius: 10 },
  ];

  it('when a node sits on an edge, then it is pushed sideways until the edge clears it', () => {
    const moved = clearEdges(positions, nodes, [{ source: 'a', target: 'b' }], { margin: 8 });
    expect(moved.get('c')!.x).toBe(100);
    expect(moved.get('c')!.y).toBeCloseTo(18);
    expect(moved.get('a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('c')).toEqual({ x: 100, y: 3 });
  });

  it('when the node may not move, then it stays', () => {
    const moved = clearEdges(positions, nodes, [{ source: 'a', target: 'b' }], {
      margin: 8,
      movable: new Set(['a']),
    });
    expect(moved.get('c')).toEqual({ x: 100, y: 3 });
  });
});

describe('separating labels', () => {
  it('when two footprints overlap, then they are pushed apart along the shorter overlap', () => {
    const box = { left: -50, top: -10, right: 50, bottom: 30 };
    const moved = separateFootprints(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 20, y: 30 }],
      ]),
      [
        { id: 'a', ...box },
        { id: 'b', ...box },
      ],
      { gap: 4 },
    );
    const a = moved.get('a')!;
    const b = moved.get('b')!;
    expect(a.x).toBe(0);
    expect(b.y - a.y).toBeGreaterThanOrEqual(44);
  });
});

describe('framing the graph', () => {
  it('when the graph is small, then framing does not zoom in past the cap', () => {
    const even = { top: 48, right: 48, bottom: 48, left: 48 };
    const view = fitViewport(
      { x1: 0, y1: 0, x2: 100, y2: 50 },
      { width: 1000, height: 800 },
      even,
      {
        min: 0.1,
        max: 1.3,
      },
    );
    expect(view.zoom).toBe(1.3);
    // Centred: the box's middle (50, 25) lands in the canvas's middle.
    expect(50 * view.zoom + view.pan.x).toBeCloseTo(500);
    expect(25 * view.zoom + view.pan.y).toBeCloseTo(400);
  });

  it('when the graph is large, then it is zoomed out to fit inside the padding', () => {
    const view = fitViewport(
      { x1: 0, y1: 0, x2: 2000, y2: 500 },
      { width: 1000, height: 800 },
      { top: 50, right: 50, bottom: 50, left: 50 },
      {
        min: 0.1,
        max: 1.3,
      },
    );
    expect(view.zoom).toBeCloseTo(0.45);
  });

  it('when overlays take more room on some sides, then the graph is centred in the free area between them', () => {
    const box = { x1: 0, y1: 0, x2: 1000, y2: 400 };
    const view = fitViewport(
      box,
      { width: 1000, height: 800 },
      { top: 80, right: 60, bottom: 40, left: 40 },
      { min: 0.1, max: 1.3 },
    );
    // 900 px of free width for 1000 model px.
    expect(view.zoom).toBeCloseTo(0.9);
    const left = box.x1 * view.zoom + view.pan.x;
    const right = box.x2 * view.zoom + view.pan.x;
    const top = box.y1 * view.zoom + view.pan.y;
    const bottom = box.y2 * view.zoom + view.pan.y;
    expect(left).toBeCloseTo(40);
    expect(right).toBeCloseTo(940);
    // Vertically centred between the 80 px at the top and the 40 px at the bottom.
    expect(top - 80).toBeCloseTo(800 - 40 - bottom);
  });

  it('when the canvas is too small for the overlays, then the whole canvas is used', () => {
    const view = fitViewport(
      { x1: 0, y1: 0, x2: 100, y2: 100 },
      { width: 200, height: 200 },
      { top: 80, right: 60, bottom: 40, left: 40 },
      { min: 0.1, max: 5 },
    );
    expect(view.zoom).toBeCloseTo(1.84);
  });
});

describe('the circle layout', () => {
  it('when nodes are given in order, then they go clockwise from the top', () => {
    const spots = circlePositions(['a', 'b', 'c', 'd'], 100);
    expect(spots.get('a')!.y).toBeLessThan(0);
    expect(spots.get('a')!.x).toBeCloseTo(0);
    expect(spots.get('b')!.x).toBeGreaterThan(0);
    expect(spots.get('c')!.y).toBeGreaterThan(0);
  });
});

describe('the seeded random numbers', () => {
  it('when seeded alike, then the sequences are equal and within [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 50 }, () => a());
    expect(values).toEqual(Array.from({ length: 50 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
