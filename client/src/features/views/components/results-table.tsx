import { useMemo, useState } from 'react';
import type { Cell } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { nextSort, sortRows, type TableSort } from '../utils/table-sort.ts';
import { ResultCell } from './result-cell.tsx';

/** Rows drawn at first and per "Show more": thousands of rows at once would stall the page. */
const PAGE = 200;

interface ResultsTableProps {
  columns: string[];
  rows: Cell[][];
  graph: GraphModel;
  onOpen: (selection: Selection) => void;
}

/** A column is numeric when every value in it is a number (or missing). */
function numericColumns(columns: string[], rows: Cell[][]): boolean[] {
  return columns.map((_, column) =>
    rows.every((row) => {
      const cell = row[column];
      return cell === null || cell === undefined || typeof cell === 'number';
    }),
  );
}

/** The records of a result, sortable by clicking a column header (again to reverse). */
export function ResultsTable({ columns, rows, graph, onOpen }: ResultsTableProps) {
  const [sort, setSort] = useState<TableSort | null>(null);
  const [shown, setShown] = useState(PAGE);
  const sorted = useMemo(
    () => (sort ? sortRows(rows, sort, (id) => graph.nodes.get(id)?.caption ?? id) : rows),
    [rows, sort, graph],
  );
  const numeric = useMemo(() => numericColumns(columns, rows), [columns, rows]);

  return (
    <>
      <table className="data-table" data-testid="results-table">
        <thead>
          <tr>
            {columns.map((column, index) => {
              const direction = sort?.column === index ? sort.direction : 'none';
              return (
                <th
                  key={index}
                  scope="col"
                  data-testid="results-header"
                  aria-sort={direction}
                  className={numeric[index] ? 'data-table__numeric' : undefined}
                >
                  <button
                    type="button"
                    className="data-table__sort"
                    title={`Sort by ${column}`}
                    onClick={() => setSort((current) => nextSort(current, index))}
                  >
                    {column}
                    <span className={`sort-mark sort-mark--${direction}`} aria-hidden="true" />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shown).map((row, rowIndex) => (
            <tr key={rowIndex} data-testid="results-row">
              {columns.map((_, index) => (
                <td key={index} className={numeric[index] ? 'data-table__numeric' : undefined}>
                  <ResultCell cell={row[index] ?? null} graph={graph} onOpen={onOpen} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown && (
        <div className="results-more">
          <button
            type="button"
            className="button button--small"
            onClick={() => setShown((count) => count + PAGE)}
          >
            Show {Math.min(PAGE, sorted.length - shown)} more
          </button>
          <span className="muted">
            {shown.toLocaleString('en')} of {sorted.length.toLocaleString('en')} rows shown
          </span>
        </div>
      )}
    </>
  );
}
