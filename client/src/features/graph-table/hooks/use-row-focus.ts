import { useState, type KeyboardEvent } from 'react';

/** The keys that move the focus between a table's rows, and where each goes from `index`. */
const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/** What a table needs to keep one Tab stop for its rows and move between them with arrows. */
export interface RowFocus {
  /** The row whose button Tab reaches; the others are reached with the arrow keys. */
  tabStop: string | null;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (id: string) => void;
}

/**
 * One Tab stop per table (the selected row, else the one last focused, else the first), so a
 * keyboard user crosses a long table in one key and walks it with ↑ ↓ Home End. `ids` are the
 * rows shown, in order; each row's button carries `data-row-button`.
 */
export function useRowFocus(ids: readonly string[], selected: readonly string[]): RowFocus {
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop =
    selected.find((id) => ids.includes(id)) ??
    (focused !== null && ids.includes(focused) ? focused : (ids[0] ?? null));
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = MOVES[event.key];
    const row = (event.target as HTMLElement).closest('tr');
    if (!move || !row || ids.length === 0) return;
    const index = ids.indexOf(row.dataset.rowId ?? '');
    if (index < 0) return;
    const next = ids[move(index, ids.length - 1)]!;
    event.preventDefault();
    setFocused(next);
    const body = row.parentElement;
    body
      ?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(next)}"] [data-row-button]`)
      ?.focus();
  };
  return { tabStop, onKeyDown, onFocus: setFocused };
}
