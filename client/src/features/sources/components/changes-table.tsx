import { useEffect, useId, useState } from 'react';
import { ApiError, apiGet, apiUrl, isAbort } from '../../../lib/api-client.ts';
import type { Selection } from '../../../lib/selection.ts';
import type { ChangePayload } from '../../../lib/api-types.ts';

type Change = ChangePayload;

interface ChangesTableProps {
  /** The date to start from: the latest source's, so the newest additions show first. */
  initialSince: string;
  onOpen: (selection: Selection) => void;
  /** Changes when sources are added or withdrawn, so the list is asked again. */
  refreshKey: unknown;
}

/**
 * "What changed since a date": the facts first known from a source dated on or after it, newest
 * first, with CSV and JSON downloads of the same list.
 */
export function ChangesTable({ initialSince, onOpen, refreshKey }: ChangesTableProps) {
  const dateId = useId();
  const [since, setSince] = useState(initialSince);
  const [answer, setAnswer] = useState<{
    since: string;
    refreshKey: unknown;
    changes: Change[] | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return;
    const controller = new AbortController();
    apiGet<{ changes: Change[] }>('/changes', { since }, controller.signal)
      .then((body) => setAnswer({ since, refreshKey, changes: body.changes, error: null }))
      .catch((cause: unknown) => {
        if (isAbort(cause)) return;
        const error = cause instanceof ApiError ? cause.message : String(cause);
        setAnswer({ since, refreshKey, changes: null, error });
      });
    return () => controller.abort();
  }, [since, refreshKey]);
  // An answer for another date (or before sources changed) is not shown: loading instead.
  const current = answer?.since === since && answer.refreshKey === refreshKey ? answer : null;
  const changes = current?.changes ?? null;
  const error = current?.error ?? null;

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
