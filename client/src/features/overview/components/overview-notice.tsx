import './overview-notice.css';
interface OverviewNoticeProps {
  /** Entities in the database. */
  entities: number;
  /** How many the "draw the most connected" action draws. */
  top: number;
  onDrawTop: () => void;
}

/** Why the canvas shows groups instead of entities, and the way to draw some anyway. */
export function OverviewNotice({ entities, top, onDrawTop }: OverviewNoticeProps) {
  return (
    <div
      className="graph-notice graph-notice--info overview-notice"
      data-testid="overview-notice"
      role="status"
    >
      <span>
        <strong>{entities.toLocaleString('en')} entities</strong> are too many to draw at once;
        grouped by kind and camp. Click a group to draw its most connected entities.
      </span>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid="draw-top"
        onClick={onDrawTop}
      >
        Draw the {top.toLocaleString('en')} most connected
      </button>
    </div>
  );
}
