import type { HistoryEntry } from '../utils/query-history.ts';

interface HistoryListProps {
  entries: HistoryEntry[];
  /** When the list was opened: times read "5 min ago" from then. */
  now: number;
  onPick: (entry: HistoryEntry) => void;
}

/** `just now`, `5 min ago`, `3 h ago`, else the date and time. */
function when(ranAt: number, now: number): string {
  const minutes = Math.round((now - ranAt) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)} h ago`;
  return new Date(ranAt).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function outcome(entry: HistoryEntry): string {
  if (!entry.outcome.ok) return entry.outcome.message;
  const { rows } = entry.outcome;
  return `${rows.toLocaleString('en')} ${rows === 1 ? 'record' : 'records'}`;
}

/** The queries run here, most recent first; picking one puts it back in the editor. */
export function HistoryList({ entries, now, onPick }: HistoryListProps) {
  if (entries.length === 0) {
    return <p className="history__empty">Queries you run appear here, most recent first.</p>;
  }
  return (
    <ul className="history__list" aria-label="Query history">
      {entries.map((entry) => (
        <li key={`${entry.ranAt}:${entry.cypher}`}>
          <button
            type="button"
            className="list-button history-item"
            data-testid="history-item"
            onClick={() => onPick(entry)}
          >
            <code className="history-item__text">{entry.cypher}</code>
            <span className="history-item__meta">
              <span
                className={entry.outcome.ok ? 'history-item__ok' : 'history-item__failed'}
                aria-label={entry.outcome.ok ? 'ran' : 'failed'}
              >
                {entry.outcome.ok ? '✓' : '✕'}
              </span>
              <span className="history-item__outcome">{outcome(entry)}</span>
              {entry.params.trim() !== '' && (
                <code className="history-item__params">{entry.params}</code>
              )}
              <span className="history-item__when">{when(entry.ranAt, now)}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
