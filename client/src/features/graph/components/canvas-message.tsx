interface CanvasMessageProps {
  status: 'loading' | 'ready' | 'error';
  empty: boolean;
  error: string | null;
  onRetry: () => void;
}

/** A spinner card over the canvas while the graph loads or is first arranged. */
export function LoadingMessage({ text }: { text: string }) {
  return (
    <div className="canvas-message" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <p>{text}</p>
    </div>
  );
}

/** The canvas's loading, empty and error states, centred over it. */
export function CanvasMessage({ status, empty, error, onRetry }: CanvasMessageProps) {
  if (status === 'loading') return <LoadingMessage text="Loading the ecosystem…" />;
  if (status === 'error') {
    return (
      <div className="canvas-message canvas-message--error" role="alert">
        <h2>The graph could not be loaded</h2>
        <p data-testid="error-message">{error}</p>
        <button
          type="button"
          className="button button--primary"
          data-testid="retry-button"
          onClick={onRetry}
        >
          Retry
        </button>
      </div>
    );
  }
  if (empty) {
    return (
      <div className="canvas-message" role="status">
        <h2>Nothing to explore yet</h2>
        <p>
          The database holds no entities yet — run <code>npm run seed</code>.
        </p>
      </div>
    );
  }
  return null;
}
