import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react';

/** Smallest and default heights of the dock under the canvas, in px. */
const MIN_HEIGHT = 140;
const DEFAULT_HEIGHT = 280;
/** The canvas keeps at least this much height when the dock is dragged up. */
const CANVAS_MIN = 240;
/** One arrow-key press moves the edge this far. */
const KEY_STEP = 24;

export interface DockHeight {
  height: number;
  /** Handlers for the drag handle on the dock's top edge (a separator). */
  handle: {
    onPointerDown: (event: PointerEvent<HTMLElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
}

/**
 * The tallest the dock may grow from `height`: as far as the canvas above it can give while
 * keeping CANVAS_MIN (the stage also holds the timeline and headers, so the canvas is measured).
 */
function tallestFrom(height: number, handle: HTMLElement): number {
  const canvas = handle
    .closest<HTMLElement>('.stage')
    ?.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
  return height + Math.max(0, (canvas?.clientHeight ?? CANVAS_MIN) - CANVAS_MIN);
}

function clamp(height: number, tallest: number): number {
  return Math.round(Math.max(MIN_HEIGHT, Math.min(height, tallest)));
}

/** A dock height the user drags (or moves with the arrow keys) between the canvas and the dock. */
export function useDockHeight(): DockHeight {
  const [height, setHeight] = useState(DEFAULT_HEIGHT);

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const handle = event.currentTarget;
      const startY = event.clientY;
      const startHeight = height;
      const tallest = tallestFrom(startHeight, handle);
      handle.setPointerCapture(event.pointerId);
      const onMove = (move: globalThis.PointerEvent) => {
        setHeight(clamp(startHeight + startY - move.clientY, tallest));
      };
      const onUp = () => {
        handle.removeEventListener('pointermove', onMove);
        handle.removeEventListener('pointerup', onUp);
        handle.removeEventListener('pointercancel', onUp);
      };
      handle.addEventListener('pointermove', onMove);
      handle.addEventListener('pointerup', onUp);
      handle.addEventListener('pointercancel', onUp);
    },
    [height],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      event.preventDefault();
      const step = event.key === 'ArrowUp' ? KEY_STEP : -KEY_STEP;
      const tallest = tallestFrom(height, event.currentTarget);
      setHeight(clamp(height + step, tallest));
    },
    [height],
  );

  return { height, handle: { onPointerDown, onKeyDown } };
}
