import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { apiGet, apiUrl } from '../../../lib/api-client.ts';
import type { Selection } from '../../../lib/selection.ts';
import type { ChangePayload } from '../../../lib/api-types.ts';
import { messageOf, serverState } from '../../../lib/server-state.ts';

interface ChangesTableProps {
  /** The date to start from: the latest source's, so the newest additions show first. */
  initialSince: string;
  onOpen: (selection: Selection) => void;
}

/**
 * "What changed since a date": the facts first known from a source dated on or after it, newest
 * first, with CSV and JSON downloads of the same list. Cached with the sources: adding or
 * withdrawing one asks again.
 */
export function ChangesTable({ initialSince, onOpen }: ChangesTableProps) {
  const dateId = useId();
  const [since, setSince] = useState(initialSince);
  const query = useQuery({
    queryKey: serverState.changes(since),
    queryFn: ({ signal }) => apiGet<{ changes: ChangePayload[] }>('/changes', { since }, signal),
    // Half-typed dates are not asked for.
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(since),
  });
  const changes = query.data?.changes ?? null;
  const error = query.isError ? messageOf(query.error, String(query.error)) : null;

  return (
    // Folded by default: the sidebar stays short, and nothing moves under a person reading below.
    <details className="changes" data-testid="changes">
      <summary className="section-title changes__summary">What changed since a date</summary>
      <div className="changes__controls">
        <label className="field" htmlFor={dateId}>
          <span className="field__label">Since</span>
          <input
            id={dateId}
            type="date"
            className="input-compact"
            data-testid="changes-since"
            value={since}
            onChange={(event) => setSince(event.target.value)}
          />
        </label>
        <a className="button button--small" href={apiUrl('/changes', { since, format: 'csv' })}>
          CSV
        </a>
        <a
          className="button button--small"
          href={apiUrl('/changes', { since })}
          download={`changes-since-${since}.json`}
        >
          JSON
        </a>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {!changes && !error && (
        <p className="panel__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading…
        </p>
      )}
      {changes && changes.length === 0 && (
        <p className="field__hint">Nothing new was learnt since {since}.</p>
      )}
      {changes && changes.length > 0 && (
        <table className="changes__table" data-testid="changes-table">
          <caption className="visually-hidden">Facts first known since {since}</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col">Known since</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={`${change.kind}:${change.id}`}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      onOpen({ type: change.kind === 'entity' ? 'node' : 'edge', id: change.id })
                    }
                  >
                    {change.name}
                  </button>
                </td>
                <td>{change.knownSince}</td>
                <td>{change.corroboration}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
