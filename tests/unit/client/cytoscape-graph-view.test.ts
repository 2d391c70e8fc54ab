import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type cytoscape from 'cytoscape';
import { CytoscapeGraphView } from '../../../client/src/features/graph/view/cytoscape-graph-view.ts';
import type { GraphViewEvents } from '../../../client/src/features/graph/view/graph-view.ts';
import cytoscapeWithExtensions from '../../../client/src/lib/cytoscape.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

/** a — b — c, and d on its own. */
const model = graphFromPayload({
  nodes: [
    apiNode('a', ['Company'], 'llm'),
    apiNode('b', ['Investor'], 'both'),
    apiNode('c', ['Company'], 'world-model'),
    apiNode('d', ['Person'], 'neutral'),
  ],
  edges: [apiEdge('a', 'FUNDS', 'b'), apiEdge('b', 'FUNDS', 'c')],
});
const everything = {
  nodes: new Set(['a', 'b', 'c', 'd']),
  edges: new Set(['a-FUNDS-b', 'b-FUNDS-c']),
};
const placed = {
  a: { x: 0, y: 0 },
  b: { x: 100, y: 0 },
  c: { x: 200, y: 0 },
  d: { x: 0, y: 100 },
};

let frames: FrameRequestCallback[] = [];
function flushFrames(): void {
  for (let round = 0; round < 50 && frames.length > 0; round++) {
    const queued = frames;
    frames = [];
    for (const frame of queued) frame(performance.now());
  }
}

let cy: cytoscape.Core;
let heard: { event: keyof GraphViewEvents; value: unknown }[];
let view: CytoscapeGraphView;

function listener(event: keyof GraphViewEvents) {
  return (value?: unknown) => {
    heard.push({ event, value });
  };
}

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  cy = cytoscapeWithExtensions({ headless: true });
  heard = [];
  view = new CytoscapeGraphView(cy, {
    onPick: listener('onPick'),
    onBoxSelect: listener('onBoxSelect'),
    onExpand: listener('onExpand'),
    onPin: listener('onPin'),
    onPositions: listener('onPositions'),
    onReady: listener('onReady'),
    onStatus: listener('onStatus'),
    onNodeMenu: listener('onNodeMenu'),
  });
  // Restored positions place every node: no layout to compute, only a jump.
  view.show(model, everything, {
    layout: 'camps',
    restore: placed,
    anchorId: null,
    pinned: new Map(),
  });
  flushFrames();
});

afterEach(() => {
  view.destroy();
  cy.destroy();
  vi.unstubAllGlobals();
});

describe('a small graph drawn by Cytoscape alone', () => {
  it('when shown with positions for every node, then it is drawn there and says so once', () => {
    expect(view.drawnIds().nodes.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(view.drawnIds().edges.sort()).toEqual(['a-FUNDS-b', 'b-FUNDS-c']);
    expect(view.positions()).toEqual(placed);
    expect(heard.filter(({ event }) => event === 'onReady')).toHaveLength(1);
    expect(heard.find(({ event }) => event === 'onPositions')?.value).toEqual(placed);
  });

  it('when a node is selected, then it and its neighborhood stay bright and the rest fades', () => {
    view.setSelection(['a']);
    expect(cy.getElementById('a').selected()).toBe(true);
    expect(cy.getElementById('b').hasClass('faded')).toBe(false);
    expect(cy.getElementById('a-FUNDS-b').hasClass('highlighted')).toBe(true);
    expect(cy.getElementById('c').hasClass('faded')).toBe(true);
    expect(cy.getElementById('d').hasClass('faded')).toBe(true);
    view.setSelection([]);
    expect(cy.$('.faded, :selected')).toHaveLength(0);
  });

  it('when a spotlight comes over the selection, then only it and the selection stay bright, and the selection comes back after', () => {
    view.setSelection(['d']);
    view.setSpotlight(['b-FUNDS-c']);
    const selected = () =>
      cy
        .$(':selected')
        .map((element) => element.id())
        .sort();
    expect(selected()).toEqual(['b', 'b-FUNDS-c', 'c', 'd']);
    expect(cy.getElementById('a').hasClass('faded')).toBe(true);
    view.setSpotlight(null);
    expect(selected()).toEqual(['d']);
    expect(cy.getElementById('a').hasClass('faded')).toBe(true);
    expect(cy.getElementById('d').hasClass('faded')).toBe(false);
  });

  it('when the filters hide a node, then it is no longer drawn, its relationships neither', () => {
    view.setVisibility({ nodes: new Set(['a', 'b', 'd']), edges: new Set(['a-FUNDS-b']) });
    expect(view.drawnIds().nodes.sort()).toEqual(['a', 'b', 'd']);
    expect(view.drawnIds().edges).toEqual(['a-FUNDS-b']);
  });

  it('when nodes are pinned, sized and tinted, then they carry it as class and data', () => {
    view.setPinned(new Map([['c', { x: 200, y: 0 }]]));
    view.setAppearance({
      sizes: new Map([['a', 60]]),
      tints: new Map([['b', { color: '#123456', ink: '#000000' }]]),
    });
    expect(cy.getElementById('c').hasClass('pinned')).toBe(true);
    expect(cy.getElementById('a').data('size')).toBe(60);
    expect(cy.getElementById('b').data('tint')).toBe('#123456');
    view.setAppearance({ sizes: null, tints: null });
    expect(cy.getElementById('a').data('size')).toBeUndefined();
  });

  it('when a node is clicked with a panel open, right-clicked or double-clicked, then the view says so', () => {
    view.setPanelOpen(true);
    cy.getElementById('b').emit('tap');
    cy.getElementById('b').emit('cxttap');
    cy.getElementById('c').emit('dbltap');
    // Any tap also closes a menu (onNodeMenu with null): leave those out here.
    const events = heard
      .filter(({ event, value }) => event !== 'onStatus' && value !== null)
      .map(({ event }) => event);
    expect(events.slice(-4)).toEqual(['onPick', 'onNodeMenu', 'onPick', 'onExpand']);
    expect(heard.find(({ event, value }) => event === 'onNodeMenu' && value)?.value).toMatchObject({
      id: 'b',
    });
    expect(heard.find(({ event }) => event === 'onExpand')?.value).toBe('c');
    cy.emit('tap');
    expect(heard.at(-1)?.event).toBe('onNodeMenu');
    expect(heard.at(-1)?.value).toBeNull();
  });

  it('when a graph grows, then the nodes already drawn keep their place', () => {
    const grown = graphFromPayload({
      nodes: [...model.nodes.values(), apiNode('e', ['Person'], 'neutral')],
      edges: [...model.edges.values(), apiEdge('e', 'FUNDS', 'a')],
    });
    view.show(
      grown,
      {
        nodes: new Set([...everything.nodes, 'e']),
        edges: new Set([...everything.edges, 'e-FUNDS-a']),
      },
      {
        layout: 'camps',
        restore: { e: { x: -100, y: 0 } },
        anchorId: 'a',
        pinned: new Map(),
      },
    );
    flushFrames();
    expect(view.positions()).toEqual({ ...placed, e: { x: -100, y: 0 } });
  });
});
