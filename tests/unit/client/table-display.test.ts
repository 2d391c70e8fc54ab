import { describe, expect, it } from 'vitest';
import {
  applyAction,
  forNewContent,
  startExploration,
  travel,
} from '../../../client/src/lib/exploration/exploration-history.ts';
import {
  EMPTY_EXPLORATION,
  readExploration,
  writeExploration,
} from '../../../client/src/lib/exploration/exploration-url.ts';
import { shortcutFor } from '../../../client/src/features/analysis/utils/shortcuts.ts';
import { EMPTY_GRAPH } from '../../../client/src/lib/graph-model.ts';

const start = () => startExploration({ graph: EMPTY_GRAPH, exploration: EMPTY_EXPLORATION });

describe('the graph shown as tables', () => {
  it('when the tables are shown, then no undo step is made, and undoing a filter keeps them', () => {
    let store = applyAction(start(), { type: 'toggle-kind', kind: 'Person' }, 0);
    store = applyAction(store, { type: 'set-display', display: 'table' }, 10);
    expect(store.history.past).toHaveLength(1);
    const back = travel(store, 'undo');
    expect(back.history.present.exploration.hiddenKinds).toEqual([]);
    expect(back.history.present.exploration.display).toBe('table');
    const graphAgain = applyAction(back, { type: 'set-display', display: undefined }, 20);
    expect(travel(graphAgain, 'redo').history.present.exploration.display).toBeUndefined();
  });

  it('when the address is written and read back, then the tables are still shown', () => {
    const params = writeExploration(new URLSearchParams(), {
      ...EMPTY_EXPLORATION,
      display: 'table',
    });
    expect(params.get('x-display')).toBe('table');
    expect(readExploration(params).display).toBe('table');
  });

  it('when new content is loaded, then the tables stay', () => {
    expect(forNewContent({ ...EMPTY_EXPLORATION, display: 'table' }).display).toBe('table');
  });

  it('when T is pressed, then the tables toggle; Ctrl+T stays the browser’s', () => {
    const press = { key: 't', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false };
    expect(shortcutFor(press)).toBe('toggle-table');
    expect(shortcutFor({ ...press, ctrlKey: true })).toBeNull();
  });
});
