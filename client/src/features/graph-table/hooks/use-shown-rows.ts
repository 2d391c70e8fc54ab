import { useState } from 'react';

/** Rows drawn at first and per "Show more": thousands at once would stall the page. */
export const ROWS_PER_PAGE = 200;

/** The rows a long table shows now, always reaching down to the selected ones. */
export interface ShownRows<Row> {
  shown: Row[];
  /** How many rows are left below, 0 when all show. */
  left: number;
  showMore: () => void;
}

export function useShownRows<Row extends { id: string }>(
  rows: readonly Row[],
  selected: ReadonlySet<string>,
): ShownRows<Row> {
  const [pages, setPages] = useState(1);
  // A row selected elsewhere (on the canvas, by search) must be there to be marked and scrolled to.
  let lastSelected = -1;
  rows.forEach((row, index) => {
    if (selected.has(row.id)) lastSelected = index;
  });
  const count = Math.max(pages * ROWS_PER_PAGE, lastSelected + 1);
  return {
    shown: rows.slice(0, count),
    left: Math.max(rows.length - count, 0),
    showMore: () => setPages((current) => current + 1),
  };
}
