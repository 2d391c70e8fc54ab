import { describe, expect, it } from 'vitest';
import { explorationReducer } from '../../../client/src/lib/exploration/exploration-reducer.ts';
import { EMPTY_EXPLORATION } from '../../../client/src/lib/exploration/exploration-url.ts';

describe('explorationReducer', () => {
  it('when a kind is toggled twice, then it is hidden then shown again', () => {
    const once = explorationReducer(EMPTY_EXPLORATION, { type: 'toggle-kind', kind: 'Challenge' });
    expect(once.hiddenKinds).toEqual(['Challenge']);
    expect(
      explorationReducer(once, { type: 'toggle-kind', kind: 'Challenge' }).hiddenKinds,
    ).toEqual([]);
  });

  it('when selected entities are hidden, then they leave the selection too', () => {
    const selected = explorationReducer(EMPTY_EXPLORATION, { type: 'select', ids: ['a', 'b'] });
    const hidden = explorationReducer(selected, { type: 'hide', ids: ['a'] });
    expect(hidden.hidden).toEqual(['a']);
    expect(hidden.selection).toEqual(['b']);
  });

  it('when everything is shown again, then every filter and hidden entity is cleared but pins stay', () => {
    let state = explorationReducer(EMPTY_EXPLORATION, { type: 'hide', ids: ['a'] });
    state = explorationReducer(state, {
      type: 'toggle-relationship-type',
      relationshipType: 'FACES',
    });
    state = explorationReducer(state, { type: 'set-amount-range', range: [1, 2] });
    state = explorationReducer(state, { type: 'pin', positions: { b: { x: 1, y: 2 } } });
    state = explorationReducer(state, { type: 'show-all' });
    expect(state).toMatchObject({ hidden: [], hiddenTypes: [], amount: undefined, pinned: ['b'] });
  });

  it('when a node is expanded twice, then it is recorded once, and collapsing removes it', () => {
    let state = explorationReducer(EMPTY_EXPLORATION, { type: 'expanded', id: 'x' });
    state = explorationReducer(state, { type: 'expanded', id: 'x' });
    expect(state.expanded).toEqual(['x']);
    expect(explorationReducer(state, { type: 'collapsed', id: 'x' }).expanded).toEqual([]);
  });

  it('when a new layout is chosen, then pins stay: the layout arranges the rest around them', () => {
    const pinned = explorationReducer(EMPTY_EXPLORATION, {
      type: 'pin',
      positions: { a: { x: 0, y: 0 } },
    });
    expect(explorationReducer(pinned, { type: 'set-layout', layout: 'fcose' }).pinned).toEqual([
      'a',
    ]);
  });
});
