import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import type { ShownResult } from '../hooks/use-result-runner.ts';
import { ResultsTable } from './results-table.tsx';
import './results.css';

interface ResultsPaneProps {
  result: ShownResult | null;
  running: boolean;
  graph: GraphModel;
  onOpen: (selection: Selection) => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** The table part of the result on screen, with how many records it holds and whether all. */
export function ResultsPane({ result, running, graph, onOpen }: ResultsPaneProps) {
  const payload = result?.payload;
  return (
    <section className="results" aria-label="Records" aria-busy={running}>
      <header className="results__header">
        <h2 className="eyebrow">Records</h2>
        {payload && (
          <span className="results__count" data-testid="results-count">
            {plural(payload.rows.length, 'row', 'rows')} ·{' '}
            {plural(payload.columns.length, 'column', 'columns')}
          </span>
        )}
        {running && (
          <span className="results__running" role="status">
            <span className="spinner" aria-hidden="true" /> Running…
          </span>
        )}
      </header>
      {payload?.truncated && (
        <p className="results__truncated" data-testid="results-truncated" role="status">
          Showing the first {payload.rows.length.toLocaleString('en')} records: the server stops
          there. Narrow the query (a WHERE or a LIMIT) to see the rest.
        </p>
      )}
      <div className="results__body">
        {!payload && !running && (
          <p className="results__empty">Run a view or a query to see its records here.</p>
        )}
        {payload && payload.rows.length === 0 && (
          <p className="results__empty" data-testid="results-empty">
            The query returned no records.
          </p>
        )}
        {payload && payload.rows.length > 0 && (
          <ResultsTable
            key={result?.seq}
            columns={payload.columns}
            rows={payload.rows}
            graph={graph}
            onOpen={onOpen}
          />
        )}
      </div>
    </section>
  );
}
