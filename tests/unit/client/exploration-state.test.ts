import { describe, expect, it } from 'vitest';
import {
  EMPTY_EXPLORATION,
  readExploration,
  writeExploration,
  type ExplorationState,
} from '../../../client/src/lib/exploration/exploration-url.ts';
import {
  pushHistory,
  redo,
  startHistory,
  undo,
} from '../../../client/src/lib/exploration/undo-history.ts';

describe('exploration in the URL', () => {
  const state: ExplorationState = {
    layout: 'fcose',
    hiddenKinds: ['Challenge'],
    hiddenTypes: ['FACES', 'PART_OF'],
    camps: ['llm', 'world-model'],
    amount: [100_000_000, 3_000_000_000],
    time: '2026-early',
    selection: ['shengshu', 'alibaba-cloud-LED-shengshu-series-b'],
    hidden: ['meta'],
    expanded: ['zhu-jun'],
    pinned: ['shengshu'],
    positions: { shengshu: { x: 120, y: -40 }, 'odd,id~with/chars': { x: 1, y: 2 } },
    sizeBy: 'betweenness',
    colorBy: 'community',
    theme: 'dark',
  };

  it('when a state is written and read back, then it is the same state', () => {
    expect(readExploration(writeExploration(new URLSearchParams(), state))).toEqual(state);
  });

  it('when an address from before the American spelling says x-colourBy, then it is still read', () => {
    expect(readExploration(new URLSearchParams('x-colourBy=community')).colorBy).toBe('community');
    expect(writeExploration(new URLSearchParams(), state).get('x-colorBy')).toBe('community');
  });

  it('when written next to a view and its parameters, then those are kept untouched', () => {
    const url = writeExploration(
      new URLSearchParams('view=shortest-path&from=zhu-jun&layout=mine'),
      state,
    );
    expect(url.get('view')).toBe('shortest-path');
    expect(url.get('from')).toBe('zhu-jun');
    // A view parameter named like an exploration setting does not collide with it.
    expect(url.get('layout')).toBe('mine');
    expect(readExploration(url).layout).toBe('fcose');
  });

  it('when the state is empty, then the URL gains nothing', () => {
    expect(writeExploration(new URLSearchParams('view=x'), EMPTY_EXPLORATION).toString()).toBe(
      'view=x',
    );
  });

  it('when positions are fractional, then they are rounded to whole pixels', () => {
    const url = writeExploration(new URLSearchParams(), {
      ...EMPTY_EXPLORATION,
      positions: { a: { x: 1.6, y: -2.4 } },
    });
    expect(readExploration(url).positions).toEqual({ a: { x: 2, y: -2 } });
  });

  it('when the URL holds garbage, then it is ignored', () => {
    const state = readExploration(new URLSearchParams('x-amount=abc&x-pos=a~1,b~x~2,~3~4'));
    expect(state.amount).toBeUndefined();
    expect(state.positions).toEqual({});
  });
});

describe('undo history', () => {
  it('when steps are undone and redone, then each snapshot comes back in order', () => {
    let history = startHistory('a');
    history = pushHistory(history, 'b');
    history = pushHistory(history, 'c');
    history = undo(history);
    expect(history.present).toBe('b');
    history = undo(history);
    expect(history.present).toBe('a');
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe('b');
  });

  it('when something new is done after an undo, then the undone future is dropped', () => {
    let history = pushHistory(pushHistory(startHistory(1), 2), 3);
    history = pushHistory(undo(history), 4);
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
    expect(history.past).toEqual([1, 2]);
  });

  it('when more steps are pushed than the limit, then the oldest are forgotten', () => {
    let history = startHistory(0);
    for (let i = 1; i <= 10; i++) history = pushHistory(history, i, 3);
    expect(history.past).toEqual([7, 8, 9]);
  });
});
