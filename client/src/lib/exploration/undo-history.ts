/**
 * Undo and redo over immutable snapshots: `push` records a new present (dropping anything that
 * had been undone), `undo`/`redo` move through them. Never mutated: each call returns a new history.
 */
export interface UndoHistory<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** How many steps back are kept; older ones are forgotten. */
export const UNDO_LIMIT = 100;

export function startHistory<T>(present: T): UndoHistory<T> {
  return { past: [], present, future: [] };
}

/** Records `next` as the present; a no-op when it is the very same snapshot. */
export function pushHistory<T>(
  history: UndoHistory<T>,
  next: T,
  limit = UNDO_LIMIT,
): UndoHistory<T> {
  if (Object.is(next, history.present)) return history;
  const past = [...history.past, history.present].slice(-limit);
  return { past, present: next, future: [] };
}

export function undo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
