import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type cytoscape from 'cytoscape';
import { CytoscapeGraphView } from '../../../client/src/features/graph/view/cytoscape-graph-view.ts';
import cytoscapeWithExtensions from '../../../client/src/lib/cytoscape.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';
import {
  chainModel,
  chainPlaced,
  chainVisible,
  expectChainShownInPlace,
  heldAnimationFrames,
  recordingEvents,
  showChainPlaced,
  type HeardEvent,
} from './graph-view-fixtures.ts';

let frames: ReturnType<typeof heldAnimationFrames>;
const flushFrames = () => frames.flush(50);

let cy: cytoscape.Core;
let heard: HeardEvent[];
let view: CytoscapeGraphView;

beforeEach(() => {
  frames = heldAnimationFrames();
  cy = cytoscapeWithExtensions({ headless: true });
  heard = [];
  view = new CytoscapeGraphView(cy, recordingEvents(heard));
  // Restored positions place every node: no layout to compute, only a jump.
  showChainPlaced(view);
  flushFrames();
});

afterEach(() => {
  view.destroy();
  cy.destroy();
  vi.unstubAllGlobals();
});

describe('a small graph drawn by Cytoscape alone', () => {
  it('when shown with positions for every node, then it is drawn there and says so once', () => {
    expectChainShownInPlace(view, heard);
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
      nodes: [...chainModel.nodes.values(), apiNode('e', ['Person'], 'neutral')],
      edges: [...chainModel.edges.values(), apiEdge('e', 'FUNDS', 'a')],
    });
    view.show(
      grown,
      {
        nodes: new Set([...chainVisible.nodes, 'e']),
        edges: new Set([...chainVisible.edges, 'e-FUNDS-a']),
      },
      {
        layout: 'camps',
        restore: { e: { x: -100, y: 0 } },
        anchorId: 'a',
        pinned: new Map(),
      },
    );
    flushFrames();
    expect(view.positions()).toEqual({ ...chainPlaced, e: { x: -100, y: 0 } });
  });
});
