import type { Cell } from '../../../lib/api-types.ts';
import { cellText, isPathCell, type CaptionOf } from './cells.ts';

/** A column to sort by and which way; `aria-sort` takes the direction as is. */
export interface TableSort {
  column: number;
  direction: 'ascending' | 'descending';
}

/** What a cell sorts by: numbers as numbers, everything else by its text; null sorts last. */
export type SortKey = number | string | null;

/** The key a cell sorts by: paths by length, nodes by name, empty lists and nulls last. */
export function sortKeyOf(cell: Cell | undefined, captionOf: CaptionOf): SortKey {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  if (Array.isArray(cell) && cell.length === 0) return null;
  if (isPathCell(cell)) return cell.length;
  return cellText(cell, captionOf);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Orders two keys ascending: numbers numerically, text alphabetically ignoring case, numbers
 * before text. Missing values (null) are not compared here: they always go last.
 */
function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a, b);
}

/**
 * The rows ordered by one column; ties keep the order the query gave. Rows without a value in
 * that column stay at the bottom in both directions.
 */
export function sortRows(rows: readonly Cell[][], sort: TableSort, captionOf: CaptionOf): Cell[][] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, key: sortKeyOf(row[sort.column], captionOf) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
      return sign * compareKeys(a.key, b.key);
    })
    .map(({ row }) => row);
}

/** The sort after clicking a column's header: ascending first, then the other way each click. */
export function nextSort(current: TableSort | null, column: number): TableSort {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
