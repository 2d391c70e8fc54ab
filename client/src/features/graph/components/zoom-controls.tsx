import type { RefObject } from 'react';
import type { ZoomHandle } from '../../../lib/canvas-handle.ts';
import './zoom-controls.css';

/** Each click zooms by this factor. */
const STEP = 1.3;

/** Zoom in, zoom out and fit-to-screen buttons, floating over the canvas. */
export function ZoomControls({ canvas }: { canvas: RefObject<ZoomHandle | null> }) {
  return (
    <div className="toolbar zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        data-testid="zoom-in"
        title="Zoom in"
        aria-label="Zoom in"
        onClick={() => canvas.current?.zoomBy(STEP)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 3v10M3 8h10" />
        </svg>
      </button>
      <button
        type="button"
        data-testid="zoom-out"
        title="Zoom out"
        aria-label="Zoom out"
        onClick={() => canvas.current?.zoomBy(1 / STEP)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 8h10" />
        </svg>
      </button>
      <button
        type="button"
        data-testid="zoom-fit"
        title="Fit the whole graph"
        aria-label="Fit the whole graph"
        onClick={() => canvas.current?.fit()}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
        </svg>
      </button>
    </div>
  );
}
