import { expect, vi } from 'vitest';
import type {
  GraphView,
  GraphViewEvents,
} from '../../../client/src/features/graph/view/graph-view.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

/** a — b — c, and d on its own: what both GraphView implementations are tested on. */
export const chainModel = graphFromPayload({
  nodes: [
    apiNode('a', ['Company'], 'llm'),
    apiNode('b', ['Investor'], 'both'),
    apiNode('c', ['Company'], 'world-model'),
    apiNode('d', ['Person'], 'neutral'),
  ],
  edges: [apiEdge('a', 'FUNDS', 'b'), apiEdge('b', 'FUNDS', 'c')],
});

/** Everything of chainModel visible. */
export const chainVisible = {
  nodes: new Set(['a', 'b', 'c', 'd']),
  edges: new Set(['a-FUNDS-b', 'b-FUNDS-c']),
};

/** A place for every node of chainModel: showing it needs no layout. */
export const chainPlaced = {
  a: { x: 0, y: 0 },
  b: { x: 100, y: 0 },
  c: { x: 200, y: 0 },
  d: { x: 0, y: 100 },
};

/** Shows all of chainModel at chainPlaced: every node has its place, so no layout runs. */
export function showChainPlaced(view: GraphView): void {
  view.show(chainModel, chainVisible, {
    layout: 'camps',
    restore: chainPlaced,
    anchorId: null,
    pinned: new Map(),
  });
}

/**
 * What either view must hold after showChainPlaced (and its frames): every element drawn at its
 * place, ready said once and the places reported.
 */
export function expectChainShownInPlace(view: GraphView, heard: HeardEvent[]): void {
  expect(view.drawnIds().nodes.sort()).toEqual(['a', 'b', 'c', 'd']);
  expect(view.drawnIds().edges.sort()).toEqual(['a-FUNDS-b', 'b-FUNDS-c']);
  expect(view.positions()).toEqual(chainPlaced);
  expect(heard.filter(({ event }) => event === 'onReady')).toHaveLength(1);
  expect(heard.find(({ event }) => event === 'onPositions')?.value).toEqual(chainPlaced);
}

/**
 * Animation frames held until flushed: requestAnimationFrame is stubbed (vi.unstubAllGlobals
 * puts it back). flush() runs queued frames, and the frames they queue, up to `rounds` rounds,
 * and answers how many rounds it took.
 */
export function heldAnimationFrames(): { flush: (rounds?: number) => number } {
  let frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  return {
    flush(rounds = 1000) {
      let count = 0;
      while (frames.length > 0 && count < rounds) {
        const queued = frames;
        frames = [];
        for (const frame of queued) frame(0);
        count++;
      }
      return count;
    },
  };
}

/** One event a view reported, in order. */
export interface HeardEvent {
  event: keyof GraphViewEvents;
  value: unknown;
}

/** GraphViewEvents that write down everything a view reports into `heard`. */
export function recordingEvents(heard: HeardEvent[]): GraphViewEvents {
  const listener = (event: keyof GraphViewEvents) => (value?: unknown) => {
    heard.push({ event, value });
  };
  return {
    onPick: listener('onPick'),
    onBoxSelect: listener('onBoxSelect'),
    onExpand: listener('onExpand'),
    onPin: listener('onPin'),
    onPositions: listener('onPositions'),
    onReady: listener('onReady'),
    onStatus: listener('onStatus'),
    onNodeMenu: listener('onNodeMenu'),
  };
}
