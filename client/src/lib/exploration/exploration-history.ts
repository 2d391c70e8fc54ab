import type { GraphModel } from '../graph-model.ts';
import { EMPTY_EXPLORATION, type ExplorationState, type Position } from './exploration-url.ts';
import { pushHistory, redo, startHistory, undo, type UndoHistory } from './undo-history.ts';
import { explorationReducer, type ExplorationAction } from './exploration-reducer.ts';

/** One step of an exploration: what is on the canvas and how it is looked at. */
export interface Snapshot {
  graph: GraphModel;
  exploration: ExplorationState;
}

/** Positions the canvas is asked to move nodes to; each `seq` is applied once. */
export interface RestoreRequest {
  seq: number;
  positions: Readonly<Record<string, Position>>;
}

export interface ExplorationHistory {
  history: UndoHistory<Snapshot>;
  restore: RestoreRequest | null;
  /** The last recorded action and when, so quick repeats (typing a bound) make one step. */
  last: { type: ExplorationAction['type']; at: number } | null;
}

/**
 * Actions that change the present without making an undo step: where things are, what is picked,
 * and whether it is seen as a graph or as tables.
 */
const TRANSIENT = new Set<ExplorationAction['type']>(['select', 'set-positions', 'set-display']);

/** Repeats of these within COALESCE_MS make one undo step: a slider drag, a number being typed. */
const COALESCING = new Set<ExplorationAction['type']>(['set-amount-range', 'set-time']);
export const COALESCE_MS = 1000;

/** A history starting at `snapshot`, optionally asking the canvas to put nodes at `positions`. */
export function startExploration(
  snapshot: Snapshot,
  positions?: Readonly<Record<string, Position>>,
  previous?: ExplorationHistory,
): ExplorationHistory {
  const seq = (previous?.restore?.seq ?? 0) + 1;
  return {
    history: startHistory(snapshot),
    restore: positions && Object.keys(positions).length > 0 ? { seq, positions } : null,
    last: null,
  };
}

/** Records `next` as a new undo step (or, for transient and coalesced actions, in place). */
export function record(
  store: ExplorationHistory,
  next: Snapshot,
  type: ExplorationAction['type'],
  now: number,
): ExplorationHistory {
  const { history, last } = store;
  const inPlace =
    TRANSIENT.has(type) ||
    (COALESCING.has(type) && last?.type === type && now - last.at < COALESCE_MS);
  if (inPlace) {
    return {
      ...store,
      history: { ...history, present: next },
      last: TRANSIENT.has(type) ? last : { type, at: now },
    };
  }
  return { ...store, history: pushHistory(history, next), last: { type, at: now } };
}

/** Applies an exploration action to the present. */
export function applyAction(
  store: ExplorationHistory,
  action: ExplorationAction,
  now: number,
): ExplorationHistory {
  const present = store.history.present;
  const exploration = explorationReducer(present.exploration, action);
  if (exploration === present.exploration) return store;
  return record(store, { ...present, exploration }, action.type, now);
}

/**
 * The snapshot travelled to, seen the way the person sees the present: undoing a filter while
 * reading the tables must not bring back the graph because it was showing back then.
 */
function seenAsNow(snapshot: Snapshot, now: Snapshot): Snapshot {
  const display = now.exploration.display;
  if (snapshot.exploration.display === display) return snapshot;
  return { ...snapshot, exploration: { ...snapshot.exploration, display } };
}

/** Steps back or forward, asking the canvas to put the nodes back where they were then. */
export function travel(store: ExplorationHistory, direction: 'undo' | 'redo'): ExplorationHistory {
  const moved = direction === 'undo' ? undo(store.history) : redo(store.history);
  if (moved === store.history) return store;
  const history = { ...moved, present: seenAsNow(moved.present, store.history.present) };
  return {
    history,
    restore: {
      seq: (store.restore?.seq ?? 0) + 1,
      positions: history.present.exploration.positions,
    },
    last: null,
  };
}

/**
 * The exploration carried over to new content (a view's result, the ecosystem again): filters,
 * layout, looks and the display (graph or tables) stay; what named the old content's entities
 * (selection, hidden, expanded, pins, positions) goes.
 */
export function forNewContent(state: ExplorationState): ExplorationState {
  const { layout, hiddenKinds, hiddenTypes, camps, amount, time, sizeBy, colorBy, theme, webgl } =
    state;
  const { display } = state;
  return {
    ...EMPTY_EXPLORATION,
    positions: {},
    layout,
    hiddenKinds,
    hiddenTypes,
    camps,
    amount,
    time,
    sizeBy,
    colorBy,
    theme,
    webgl,
    display,
  };
}
