interface NothingDrawnProps {
  /** Whether anything is loaded at all, filtered out or not. */
  loaded: boolean;
  /** The timeline stops before the last fact. */
  timeCut: boolean;
  onShowAll: () => void;
  onAllTime: () => void;
}

/** In place of the tables when the graph draws nothing: why, and what brings rows back. */
export function NothingDrawn({ loaded, timeCut, onShowAll, onAllTime }: NothingDrawnProps) {
  if (!loaded) {
    return (
      <div className="nothing-drawn" data-testid="nothing-drawn">
        <h2>Nothing drawn: no entity is loaded</h2>
        <p className="muted">Search for an entity by name, or open a saved view.</p>
      </div>
    );
  }
  return (
    <div className="nothing-drawn" data-testid="nothing-drawn">
      <h2>Nothing drawn: the filters leave no entity</h2>
      <p className="muted">
        Kinds, camps, relationship types, evidence filters, the timeline and entities hidden by hand
        decide what the graph and these tables show.
      </p>
      <div className="nothing-drawn__actions">
        <button type="button" className="button button--primary" onClick={onShowAll}>
          Show all
        </button>
        {timeCut && (
          <button type="button" className="button" onClick={onAllTime}>
            Timeline: all time
          </button>
        )}
      </div>
    </div>
  );
}
