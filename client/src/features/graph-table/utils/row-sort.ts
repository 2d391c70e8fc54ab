import { CAMP_INFO } from '../../../lib/camps.ts';
import type { EntityRow, RelationshipRow } from './table-rows.ts';

/** A column to sort by and which way; `aria-sort` takes the direction as is. */
export interface RowSort<Column extends string> {
  column: Column;
  direction: 'ascending' | 'descending';
}

/** What a row sorts by in one column: numbers as numbers, text by its letters; null goes last. */
export type SortKey = number | string | null;

export type EntityColumn = 'name' | 'kind' | 'camp' | 'connections';
export type RelationshipColumn = 'from' | 'type' | 'to' | 'evidence';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Kinds and camps sort by the names the table shows, not by their ids. */
export function entityKey(row: EntityRow, column: EntityColumn): SortKey {
  if (column === 'name') return row.name;
  if (column === 'kind') return row.kind.name;
  if (column === 'camp') return row.camp === null ? null : CAMP_INFO[row.camp].name;
  return row.connections;
}

/** Evidence sorts by how many sources back the fact: the thinly backed come first, ascending. */
export function relationshipKey(row: RelationshipRow, column: RelationshipColumn): SortKey {
  if (column === 'from') return row.from.name;
  if (column === 'to') return row.to.name;
  if (column === 'type') return row.type;
  return row.evidence.length === 0 ? null : row.sources;
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows ordered by one column; ties keep the order they came in (the tables' reading order).
 * Rows without a value in that column stay at the bottom both ways.
 */
export function sortRows<Row, Column extends string>(
  rows: readonly Row[],
  sort: RowSort<Column>,
  keyOf: (row: Row, column: Column) => SortKey,
): Row[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, key: keyOf(row, sort.column) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
      return sign * compare(a.key, b.key);
    })
    .map(({ row }) => row);
}

/** The sort after a header is pressed: ascending first, then the other way each press. */
export function nextSort<Column extends string>(
  current: RowSort<Column>,
  column: Column,
): RowSort<Column> {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
