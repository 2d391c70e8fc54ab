import type cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LargeGraphView } from '../../../client/src/features/graph/large/large-graph-view.ts';
import cytoscapeWithExtensions from '../../../client/src/lib/cytoscape.ts';
import {
  chainPlaced,
  expectChainShownInPlace,
  heldAnimationFrames,
  recordingEvents,
  showChainPlaced,
  type HeardEvent,
} from './graph-view-fixtures.ts';

/**
 * A canvas for the overview layer to draw on without a browser: every 2D call is accepted and
 * forgotten. The view's behavior is read through its interface and the Cytoscape it fills.
 */
function blankCanvas(): HTMLCanvasElement {
  const context = new Proxy(
    {},
    {
      get: (_target, key) => (key === 'measureText' ? () => ({ width: 10 }) : () => {}),
      set: () => true,
    },
  );
  return {
    width: 800,
    height: 600,
    style: {},
    clientWidth: 800,
    clientHeight: 600,
    getContext: () => context,
  } as unknown as HTMLCanvasElement;
}

let frames: ReturnType<typeof heldAnimationFrames>;
const flushFrames = () => frames.flush(50);

let cy: cytoscape.Core;
let heard: HeardEvent[];
let view: LargeGraphView;

beforeEach(() => {
  frames = heldAnimationFrames();
  vi.stubGlobal('document', { createElement: () => blankCanvas() });
  vi.stubGlobal('window', { setTimeout, clearTimeout, devicePixelRatio: 1 });
  vi.stubGlobal(
    'Path2D',
    class {
      moveTo() {}
      lineTo() {}
      arc() {}
      rect() {}
      closePath() {}
    },
  );
  // Headless, but sized: the window is cut from the view, which needs a width and a height.
  cy = cytoscapeWithExtensions({ headless: true });
  vi.spyOn(cy, 'width').mockReturnValue(800);
  vi.spyOn(cy, 'height').mockReturnValue(600);
  heard = [];
  view = new LargeGraphView(cy, blankCanvas(), recordingEvents(heard));
  showChainPlaced(view);
  flushFrames();
});

afterEach(() => {
  view.destroy();
  cy.destroy();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const held = () =>
  cy
    .elements()
    .map((element) => element.id())
    .sort();

describe('a large graph drawn as a scene with a window in Cytoscape', () => {
  it('when shown with positions for every node, then the scene holds them and the view says it is ready', () => {
    expectChainShownInPlace(view, heard);
  });

  it('when framed, then Cytoscape holds the nodes in view and the edges among them, where the scene has them', async () => {
    view.fit(false);
    // The window follows the view once it has rested a moment.
    await vi.waitFor(() => {
      flushFrames();
      expect(held()).toEqual(['a', 'a-FUNDS-b', 'b', 'b-FUNDS-c', 'c', 'd']);
    });
    expect(cy.getElementById('c').position()).toEqual(chainPlaced.c);
  });

  it('when a node is selected, then Cytoscape holds it selected with its neighbors, and the rest steps back', () => {
    view.setSelection(['a']);
    flushFrames();
    expect(cy.getElementById('a').selected()).toBe(true);
    expect(cy.getElementById('b').nonempty()).toBe(true);
    expect(cy.getElementById('a-FUNDS-b').hasClass('highlighted')).toBe(true);
    expect(cy.getElementById('b').hasClass('faded')).toBe(false);
    const c = cy.getElementById('c');
    if (c.nonempty()) expect(c.hasClass('faded')).toBe(true);
  });

  it('when the filters hide a node, then it leaves the drawing and Cytoscape', () => {
    view.setSelection(['b']);
    view.setVisibility({ nodes: new Set(['a', 'b', 'd']), edges: new Set(['a-FUNDS-b']) });
    flushFrames();
    expect(view.drawnIds().nodes.sort()).toEqual(['a', 'b', 'd']);
    expect(view.drawnIds().edges).toEqual(['a-FUNDS-b']);
    expect(cy.getElementById('c').empty()).toBe(true);
    expect(cy.getElementById('b-FUNDS-c').empty()).toBe(true);
  });

  it('when a restore names new places, then the scene takes them and reports them', () => {
    view.restore({ ...chainPlaced, d: { x: 50, y: 50 } });
    flushFrames();
    expect(view.positions().d).toEqual({ x: 50, y: 50 });
    expect(heard.at(-1)).toEqual({
      event: 'onPositions',
      value: { ...chainPlaced, d: { x: 50, y: 50 } },
    });
  });

  it('when a spotlight comes, then only it and the selection stay bright, and it goes again', () => {
    view.setSelection(['d']);
    view.setSpotlight(['b-FUNDS-c']);
    flushFrames();
    expect(cy.getElementById('b-FUNDS-c').selected()).toBe(true);
    expect(cy.getElementById('c').selected()).toBe(true);
    expect(cy.getElementById('d').selected()).toBe(true);
    view.setSpotlight(null);
    expect(cy.getElementById('c').nonempty() && cy.getElementById('c').selected()).toBe(false);
    expect(cy.getElementById('d').selected()).toBe(true);
  });
});
