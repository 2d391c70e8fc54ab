import { describe, expect, it } from 'vitest';
import {
  applyAction,
  COALESCE_MS,
  forNewContent,
  record,
  startExploration,
  travel,
} from '../../../client/src/lib/exploration/exploration-history.ts';
import { EMPTY_EXPLORATION } from '../../../client/src/lib/exploration/exploration-url.ts';
import { shortcutFor } from '../../../client/src/features/analysis/utils/shortcuts.ts';
import { EMPTY_GRAPH, graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiNode } from './fixtures.ts';

const start = () => startExploration({ graph: EMPTY_GRAPH, exploration: EMPTY_EXPLORATION });
const key = (
  k: string,
  mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the exploration history', () => {
  it('when an expansion is undone, then the earlier graph and positions come back, and redo restores them', () => {
    let store = applyAction(
      start(),
      { type: 'set-positions', positions: { a: { x: 1, y: 2 } } },
      0,
    );
    const grown = graphFromPayload({ nodes: [apiNode('b', ['Company'], 'llm')], edges: [] });
    store = record(
      store,
      { graph: grown, exploration: { ...store.history.present.exploration, expanded: ['a'] } },
      'expanded',
      10,
    );
    const back = travel(store, 'undo');
    expect(back.history.present.graph).toBe(EMPTY_GRAPH);
    expect(back.restore?.positions).toEqual({ a: { x: 1, y: 2 } });
    const again = travel(back, 'redo');
    expect(again.history.present.graph).toBe(grown);
    expect(again.restore!.seq).toBeGreaterThan(back.restore!.seq);
  });

  it('when the selection or positions change, then no undo step is made', () => {
    let store = applyAction(start(), { type: 'select', ids: ['a'] }, 0);
    store = applyAction(store, { type: 'set-positions', positions: {} }, 1);
    expect(store.history.past).toHaveLength(0);
    store = applyAction(store, { type: 'hide', ids: ['a'] }, 2);
    expect(store.history.past).toHaveLength(1);
  });

  it('when a bound is typed quickly, then the keystrokes make one undo step', () => {
    let store = applyAction(start(), { type: 'set-amount-range', range: [1, Infinity] }, 0);
    store = applyAction(store, { type: 'set-amount-range', range: [10, Infinity] }, 100);
    store = applyAction(store, { type: 'set-amount-range', range: [100, Infinity] }, 200);
    expect(store.history.past).toHaveLength(1);
    store = applyAction(store, { type: 'set-amount-range', range: [5, 6] }, 200 + COALESCE_MS + 1);
    expect(store.history.past).toHaveLength(2);
  });

  it('when new content arrives, then filters and looks carry over and entity ids do not', () => {
    const next = forNewContent({
      ...EMPTY_EXPLORATION,
      hiddenKinds: ['Challenge'],
      theme: 'dark',
      hidden: ['a'],
      pinned: ['b'],
      positions: { b: { x: 0, y: 0 } },
    });
    expect(next).toMatchObject({
      hiddenKinds: ['Challenge'],
      theme: 'dark',
      hidden: [],
      pinned: [],
    });
    expect(next.positions).toEqual({});
  });
});

describe('keyboard shortcuts', () => {
  it('when keys are pressed, then they map to the actions the help lists', () => {
    expect(shortcutFor(key('h'))).toBe('hide-selected');
    expect(shortcutFor(key('Delete'))).toBe('hide-selected');
    expect(shortcutFor(key('H', { shiftKey: true }))).toBe('hide-others');
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(key('y', { metaKey: true }))).toBe('redo');
    expect(shortcutFor(key('?', { shiftKey: true }))).toBe('help');
    expect(shortcutFor(key('l'))).toBe('cycle-layout');
    expect(shortcutFor(key('c', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('x'))).toBeNull();
  });
});
