import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CytoscapeWindow,
  WINDOW_GROWTH,
  WINDOW_MAX_NODES,
} from '../../../client/src/features/graph/large/cytoscape-window.ts';
import { LargeScene } from '../../../client/src/features/graph/large/large-scene.ts';
import type { ModelBox } from '../../../client/src/features/graph/large/spatial-grid.ts';
import { graphFromPayload, type GraphModel } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';
import { heldAnimationFrames } from './graph-view-fixtures.ts';

/** A square grid of `side`² nodes 10 apart, each linked to its right and lower neighbor. */
function gridGraph(side: number): { model: GraphModel; scene: LargeScene } {
  const nodes = [];
  const edges = [];
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const id = `n${row}-${col}`;
      nodes.push(apiNode(id, ['Company'], 'llm'));
      if (col + 1 < side) edges.push(apiEdge(id, 'LINKS', `n${row}-${col + 1}`));
      if (row + 1 < side) edges.push(apiEdge(id, 'LINKS', `n${row + 1}-${col}`));
    }
  }
  const model = graphFromPayload({ nodes, edges });
  const scene = new LargeScene(model);
  const positions = new Float64Array(2 * scene.nodeCount);
  scene.arrays.ids.forEach((id, i) => {
    const [row, col] = id.slice(1).split('-').map(Number);
    positions[2 * i] = col! * 10;
    positions[2 * i + 1] = row! * 10;
  });
  scene.setPositions(positions);
  return { model, scene };
}

/** Runs queued animation frames until none are left (the window fills in a frame at a time). */
let frames: ReturnType<typeof heldAnimationFrames>;
const flushFrames = () => frames.flush();

let cy: cytoscape.Core;
let view: ModelBox;
let decorated: cytoscape.ElementDefinition[];
let filled: number;

function windowOn(model: GraphModel, scene: LargeScene): CytoscapeWindow {
  const window = new CytoscapeWindow(cy, {
    viewBox: () => view,
    decorate: (definition) => {
      decorated.push(definition);
      if (definition.data.id === 'n0-0') definition.selected = true;
    },
    onMasksChanged: () => {},
    onFilled: () => {
      filled++;
    },
  });
  window.setScene(scene, model);
  return window;
}

beforeEach(() => {
  frames = heldAnimationFrames();
  cy = cytoscape({ headless: true, styleEnabled: false });
  decorated = [];
  filled = 0;
});

afterEach(() => {
  cy.destroy();
  vi.unstubAllGlobals();
});

describe('the window of a large graph that Cytoscape holds', () => {
  it('when few nodes are in view, then Cytoscape holds exactly them and the edges among them', () => {
    const { model, scene } = gridGraph(30);
    view = { x1: -1, y1: -1, x2: 41, y2: 41 };
    const window = windowOn(model, scene);
    flushFrames();
    const held = cy.nodes().map((node) => node.id());
    expect(held.sort()).toEqual(
      [0, 1, 2, 3, 4].flatMap((row) => [0, 1, 2, 3, 4].map((col) => `n${row}-${col}`)).sort(),
    );
    // 5×5 nodes: 4 links per row and per column, 5 rows and 5 columns.
    expect(cy.edges()).toHaveLength(40);
    expect(window.heldIds.size).toBe(65);
    expect(window.nodes.reduce((sum, on) => sum + on, 0)).toBe(25);
    expect(window.edges.reduce((sum, on) => sum + on, 0)).toBe(40);
    // Every element entered with its look set by the host, before it was added.
    expect(decorated).toHaveLength(65);
    expect(cy.getElementById('n0-0').selected()).toBe(true);
    expect(cy.getElementById('n4-4').position()).toEqual({ x: 40, y: 40 });
    expect(filled).toBeGreaterThan(0);
  });

  it('when many nodes enter, then they come a few dozen per frame, nearest the middle first', () => {
    const { model, scene } = gridGraph(20);
    view = { x1: -1, y1: -1, x2: 191, y2: 191 };
    windowOn(model, scene);
    expect(cy.elements()).toHaveLength(WINDOW_GROWTH);
    expect(filled).toBe(0);
    const middle = cy.nodes().map((node) => node.position());
    for (const { x, y } of middle) expect(Math.abs(x - 95) + Math.abs(y - 95)).toBeLessThan(95);
    expect(flushFrames()).toBeGreaterThan(3);
    expect(cy.nodes()).toHaveLength(400);
    expect(filled).toBeGreaterThan(0);
  });

  it('when more nodes are in view than it may hold, then Cytoscape holds only the selection and its neighbors', () => {
    const side = Math.ceil(Math.sqrt(WINDOW_MAX_NODES)) + 2;
    const { model, scene } = gridGraph(side);
    view = { x1: -1, y1: -1, x2: side * 10, y2: side * 10 };
    const window = windowOn(model, scene);
    flushFrames();
    expect(cy.elements()).toHaveLength(0);
    window.setSpecial(['n5-5'], ['n4-5', 'n6-5', 'n5-4', 'n5-6']);
    flushFrames();
    expect(
      cy
        .nodes()
        .map((node) => node.id())
        .sort(),
    ).toEqual(['n4-5', 'n5-4', 'n5-5', 'n5-6', 'n6-5']);
    expect(cy.getElementById('n5-5').connectedEdges()).toHaveLength(4);
    expect(window.nodes.every((on) => on === 0)).toBe(true);
    window.setSpecial([], []);
    expect(cy.elements()).toHaveLength(0);
  });

  it('when the view moves, then what left it leaves Cytoscape and what came in enters', () => {
    const { model, scene } = gridGraph(30);
    view = { x1: -1, y1: -1, x2: 21, y2: 21 };
    const window = windowOn(model, scene);
    flushFrames();
    expect(cy.getElementById('n0-0').nonempty()).toBe(true);
    view = { x1: 199, y1: 199, x2: 221, y2: 221 };
    window.refresh();
    flushFrames();
    expect(cy.getElementById('n0-0').empty()).toBe(true);
    expect(cy.getElementById('n20-20').nonempty()).toBe(true);
    expect(cy.nodes()).toHaveLength(9);
  });

  it('when the filters hide nodes, then they leave Cytoscape with their edges', () => {
    const { model, scene } = gridGraph(10);
    view = { x1: -1, y1: -1, x2: 21, y2: 21 };
    const window = windowOn(model, scene);
    flushFrames();
    const visible = {
      nodes: new Set(scene.arrays.ids.filter((id) => id !== 'n1-1')),
      edges: new Set(scene.arrays.edgeIds),
    };
    scene.setVisibility(visible);
    window.refresh();
    flushFrames();
    expect(cy.getElementById('n1-1').empty()).toBe(true);
    expect(cy.nodes()).toHaveLength(8);
    expect(
      cy
        .edges()
        .map((edge) => edge.id())
        .filter((id) => id.includes('n1-1')),
    ).toEqual([]);
  });

  it('when a layout moves the scene, then held nodes follow it', () => {
    const { model, scene } = gridGraph(5);
    view = { x1: -1000, y1: -1000, x2: 1000, y2: 1000 };
    const window = windowOn(model, scene);
    flushFrames();
    const moved = scene.positions.map((value) => value + 3);
    scene.setPositions(moved);
    window.refresh();
    expect(cy.getElementById('n2-2').position()).toEqual({ x: 23, y: 23 });
  });
});
