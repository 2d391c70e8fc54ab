import type { ShownResult } from '../hooks/use-result-runner.ts';
import './result-message.css';

interface ResultMessageProps {
  result: ShownResult | null;
  /** Title of what is running while nothing is on the canvas yet. */
  runningTitle: string | null;
  /** Why the run that should have filled the canvas failed. */
  error: string | null;
  /** Entities on the canvas now. */
  nodeCount: number;
}

/**
 * The canvas's states while it shows a result instead of the ecosystem: running, failed,
 * nothing to draw (the records are in the table), or no records at all.
 */
export function ResultMessage({ result, runningTitle, error, nodeCount }: ResultMessageProps) {
  if (!result) {
    if (runningTitle !== null) {
      return (
        <div className="canvas-message" role="status">
          <span className="spinner spinner--large" aria-hidden="true" />
          <p>Running “{runningTitle}”…</p>
        </div>
      );
    }
    if (error !== null) {
      return (
        <div className="canvas-message canvas-message--error" role="alert">
          <h2>This view could not run</h2>
          <p>{error}</p>
          <p className="muted">Change its values in the Views panel and run it again.</p>
        </div>
      );
    }
    return null;
  }
  if (nodeCount > 0) return null;
  const rows = result.payload.rows.length;
  if (rows === 0) {
    return (
      <div className="canvas-message canvas-message--calm" role="status" data-testid="result-empty">
        <h2>The query returned no records</h2>
        <p className="muted">Nothing matched. Try other values, or loosen the query.</p>
      </div>
    );
  }
  return (
    <div
      className="canvas-message canvas-message--calm"
      role="status"
      data-testid="result-table-only"
    >
      <h2>Nothing to draw</h2>
      <p className="muted">
        This result holds figures, not entities or relationships: its{' '}
        {rows === 1 ? 'record is' : `${rows.toLocaleString('en')} records are`} in the table below.
      </p>
    </div>
  );
}
