import { describe, expect, it } from 'vitest';
import { explorationReducer } from '../../../client/src/lib/exploration/exploration-reducer.ts';
import { forNewContent } from '../../../client/src/lib/exploration/exploration-history.ts';
import {
  EMPTY_EXPLORATION,
  readExploration,
  URL_POSITIONS_MAX,
  writeExploration,
} from '../../../client/src/lib/exploration/exploration-url.ts';
import {
  measureAllowed,
  MEASURED_GRAPH_MAX,
} from '../../../client/src/features/analysis/utils/size-measures.ts';

describe('settings for large graphs', () => {
  it('when WebGL is switched on, then the address says x-webgl=1 and new content keeps it', () => {
    const on = explorationReducer(EMPTY_EXPLORATION, { type: 'set-webgl', webgl: true });
    const url = writeExploration(new URLSearchParams(), on);
    expect(url.get('x-webgl')).toBe('1');
    expect(readExploration(url).webgl).toBe('1');
    expect(forNewContent(on).webgl).toBe('1');
    expect(explorationReducer(on, { type: 'set-webgl', webgl: false }).webgl).toBeUndefined();
  });

  it('when thousands of positions are known, then the address keeps only the pinned ones', () => {
    const positions = Object.fromEntries(
      Array.from({ length: URL_POSITIONS_MAX + 1 }, (_, i) => [`n${i}`, { x: i, y: -i }]),
    );
    const url = writeExploration(new URLSearchParams(), {
      ...EMPTY_EXPLORATION,
      pinned: ['n7'],
      positions,
    });
    expect(readExploration(url).positions).toEqual({ n7: { x: 7, y: -7 } });
  });

  it('when few positions are known, then the address keeps them all', () => {
    const url = writeExploration(new URLSearchParams(), {
      ...EMPTY_EXPLORATION,
      positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } },
    });
    expect(Object.keys(readExploration(url).positions)).toEqual(['a', 'b']);
  });

  it('when a graph is large, then only measures that take linear time are offered', () => {
    expect(measureAllowed('betweenness', MEASURED_GRAPH_MAX)).toBe(true);
    expect(measureAllowed('betweenness', 20_000)).toBe(false);
    expect(measureAllowed('pagerank', 20_000)).toBe(false);
    expect(measureAllowed('community', 20_000)).toBe(false);
    expect(measureAllowed('degree', 20_000)).toBe(true);
  });
});
