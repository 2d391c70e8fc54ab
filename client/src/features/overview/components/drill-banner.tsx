import type { Drill } from '../../../lib/explorer-content.ts';
import { groupName } from '../utils/overview-elements.ts';
import './drill-banner.css';

interface DrillBannerProps {
  drill: Exclude<Drill, { kind: 'overview' }>;
  /** Entities drawn, and how many there are in what was asked for (null: all are drawn). */
  drawn: number;
  total: number | null;
  loading: boolean;
  onBack: () => void;
}

/**
 * The strip over the canvas saying which part of a database too large to draw is on it
 * ("Overview › Company · world model: the 2,000 most connected of 31,204"), and the way back.
 */
export function DrillBanner({ drill, drawn, total, loading, onBack }: DrillBannerProps) {
  const what = drill.kind === 'group' ? groupName(drill.group) : 'Whole ecosystem';
  const count = loading
    ? null
    : total !== null && total > drawn
      ? `the ${drawn.toLocaleString('en')} most connected of ${total.toLocaleString('en')}`
      : `all ${drawn.toLocaleString('en')}`;
  return (
    <div className="result-banner drill-banner" data-testid="drill-banner">
      <button
        type="button"
        className="button button--small"
        data-testid="back-to-overview"
        onClick={onBack}
      >
        <span aria-hidden="true">←</span> Overview
      </button>
      <p className="result-banner__what" data-testid="drill-what">
        <strong>{what}</strong>
        {count && <span className="result-banner__detail"> · {count}</span>}
      </p>
      {loading && (
        <span className="result-banner__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading…
        </span>
      )}
    </div>
  );
}
