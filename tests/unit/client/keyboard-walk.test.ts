import { describe, expect, it } from 'vitest';
import {
  canvasKeyAction,
  nearestInDirection,
  nearestTo,
} from '../../../client/src/features/graph/keyboard/keyboard-walk.ts';
import { selectionAnnouncement } from '../../../client/src/features/graph/keyboard/selection-announcement.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

const key = (name: string, held: Partial<{ ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...held,
});

/** A plus sign of entities around the middle, and one far off to the upper right. */
const around = [
  { id: 'middle', at: { x: 100, y: 100 } },
  { id: 'left', at: { x: 40, y: 110 } },
  { id: 'right', at: { x: 170, y: 95 } },
  { id: 'up', at: { x: 105, y: 30 } },
  { id: 'down', at: { x: 95, y: 180 } },
  { id: 'corner', at: { x: 150, y: 60 } },
];

describe('walking the graph with the keyboard', () => {
  it.each([
    ['left', 'left'],
    ['right', 'right'],
    ['up', 'up'],
    ['down', 'down'],
  ] as const)(
    'when %s is pressed from the middle, then the entity on that side is next',
    (direction, expected) => {
      expect(nearestInDirection({ x: 100, y: 100 }, around, direction)).toBe(expected);
    },
  );

  it('when a closer entity is off to the side, then the one straight ahead still wins', () => {
    // 'corner' is nearer to the right in x (50) but 40 px up; 'right' is 70 ahead, 5 aside.
    expect(nearestInDirection({ x: 100, y: 100 }, around, 'right')).toBe('right');
  });

  it('when nothing lies on that side, then there is nowhere to go', () => {
    expect(nearestInDirection({ x: 170, y: 95 }, around, 'right')).toBeNull();
  });

  it('when nothing is selected, then the walk starts at the entity nearest the middle', () => {
    expect(nearestTo({ x: 98, y: 104 }, around)).toBe('middle');
  });

  it('when keys are pressed on the canvas, then arrows move, Enter opens, +/- zoom and Home fits', () => {
    expect(canvasKeyAction(key('ArrowUp'))).toEqual({ kind: 'move', direction: 'up' });
    expect(canvasKeyAction(key('Enter'))).toEqual({ kind: 'open' });
    expect(canvasKeyAction(key('+'))).toEqual({ kind: 'zoom', factor: 1.25 });
    expect(canvasKeyAction(key('-'))).toEqual({ kind: 'zoom', factor: 0.8 });
    expect(canvasKeyAction(key('Home'))).toEqual({ kind: 'fit' });
    expect(canvasKeyAction(key('e'))).toBeNull();
    // The browser's own Ctrl and Cmd shortcuts stay the browser's.
    expect(canvasKeyAction(key('+', { ctrlKey: true }))).toBeNull();
    expect(canvasKeyAction(key('ArrowLeft', { metaKey: true }))).toBeNull();
  });
});

describe('the announcement of the selection', () => {
  const graph = graphFromPayload({
    nodes: [
      apiNode('vidu', ['Entity', 'Product'], 'world-model'),
      apiNode('shengshu', ['Entity', 'Company'], 'world-model'),
      apiNode('agi', ['Entity', 'Technology'], 'neutral'),
    ],
    edges: [apiEdge('shengshu', 'BUILT', 'vidu'), apiEdge('vidu', 'PURSUES', 'agi')],
  });
  const allEdges = new Set(graph.edges.keys());

  it('when one entity is selected, then its name, kind, camp and connections on the canvas are read', () => {
    expect(selectionAnnouncement(graph, allEdges, ['vidu'])).toBe(
      'vidu, Product, World-model camp, 2 connections.',
    );
    const oneHidden = new Set(['shengshu-BUILT-vidu']);
    expect(selectionAnnouncement(graph, oneHidden, ['vidu'])).toBe(
      'vidu, Product, World-model camp, 1 connection.',
    );
  });

  it('when a relationship or several entities are selected, or none, then that is read', () => {
    expect(selectionAnnouncement(graph, allEdges, ['shengshu-BUILT-vidu'])).toBe(
      'Relationship built, from shengshu to vidu.',
    );
    expect(selectionAnnouncement(graph, allEdges, ['vidu', 'agi'])).toBe('2 entities selected.');
    expect(selectionAnnouncement(graph, allEdges, [])).toBe('Nothing selected.');
  });
});
