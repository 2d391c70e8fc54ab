import { useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { useRowFocus } from '../hooks/use-row-focus.ts';
import { ROWS_PER_PAGE, useShownRows } from '../hooks/use-shown-rows.ts';
import { nextSort, sortRows, type RowSort, type SortKey } from '../utils/row-sort.ts';
import { SortHeader } from './sort-header.tsx';

/** A press on a row: its id, and whether a modifier adds it to the selection instead. */
export interface RowPick {
  id: string;
  additive: boolean;
}

/** One column: its header, how its cells look, and whether its cell is the row's button. */
export interface TableColumn<Row, Column extends string> {
  id: Column;
  label: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The cell that names the row: a row header holding the button that selects the row. */
  names?: boolean;
}

interface RowTableProps<Row extends { id: string }, Column extends string> {
  testId: string;
  title: string;
  /** The row noun, singular and plural, for the count ("45 entities"). */
  noun: readonly [string, string];
  rows: readonly Row[];
  columns: readonly TableColumn<Row, Column>[];
  firstSort: RowSort<Column>;
  keyOf: (row: Row, column: Column) => SortKey;
  selected: readonly string[];
  onPick: (pick: RowPick) => void;
  /** What a screen reader hears on the row's button after the cell's own text. */
  describe?: (row: Row) => string;
  /** Said in place of rows when there are none. */
  empty: string;
}

function counted(count: number, [one, many]: readonly [string, string]): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * A table of what the graph draws: sortable by any column, a row pressed (click, or Enter or
 * Space on its button) is picked as a click on the canvas picks, the selected rows are marked,
 * and the rows are one Tab stop walked with the arrow keys.
 */
export function RowTable<Row extends { id: string }, Column extends string>(
  props: RowTableProps<Row, Column>,
) {
  const { rows, columns, keyOf, selected, onPick } = props;
  const [sort, setSort] = useState(props.firstSort);
  const sorted = useMemo(() => sortRows(rows, sort, keyOf), [rows, sort, keyOf]);
  const picked = useMemo(() => new Set(selected), [selected]);
  const { shown, left, showMore } = useShownRows(sorted, picked);
  const ids = useMemo(() => shown.map((row) => row.id), [shown]);
  const focus = useRowFocus(ids, selected);
  const sortedBy = columns.find((column) => column.id === sort.column)?.label ?? '';

  const pick = (id: string) => (event: MouseEvent) =>
    onPick({ id, additive: event.shiftKey || event.ctrlKey || event.metaKey });

  return (
    <div className="row-table">
      <table className="data-table row-table__table" data-testid={props.testId}>
        <caption className="row-table__caption">
          <span className="row-table__title">{props.title}</span>{' '}
          <span className="row-table__count" data-testid={`${props.testId}-count`}>
            {counted(rows.length, props.noun)}
          </span>
          <span className="visually-hidden">
            , sorted by {sortedBy.toLowerCase()}, {sort.direction}
          </span>
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortHeader
                key={column.id}
                column={column.id}
                label={column.label}
                numeric={column.numeric}
                sort={sort}
                onSort={(id) => setSort((current) => nextSort(current, id))}
              />
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={focus.onKeyDown}>
          {shown.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="row-table__empty">
                {props.empty}
              </td>
            </tr>
          )}
          {shown.map((row) => {
            const isSelected = picked.has(row.id);
            return (
              <tr
                key={row.id}
                data-row-id={row.id}
                aria-current={isSelected ? 'true' : undefined}
                className={
                  isSelected ? 'row-table__row row-table__row--selected' : 'row-table__row'
                }
                onClick={pick(row.id)}
              >
                {columns.map((column) => {
                  const className = column.numeric ? 'data-table__numeric' : undefined;
                  if (!column.names) {
                    return (
                      <td key={column.id} className={className}>
                        {column.cell(row)}
                      </td>
                    );
                  }
                  return (
                    <th key={column.id} scope="row" className={className}>
                      <button
                        type="button"
                        className="row-table__pick"
                        data-row-button
                        tabIndex={focus.tabStop === row.id ? 0 : -1}
                        onFocus={() => focus.onFocus(row.id)}
                      >
                        {column.cell(row)}
                        <span className="visually-hidden">
                          {props.describe?.(row)}
                          {isSelected && ', selected'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {left > 0 && (
        <div className="row-table__more">
          <button type="button" className="button button--small" onClick={showMore}>
            Show {Math.min(left, ROWS_PER_PAGE)} more
          </button>
          <span className="muted">
            {shown.length.toLocaleString('en')} of {rows.length.toLocaleString('en')} shown
          </span>
        </div>
      )}
    </div>
  );
}
