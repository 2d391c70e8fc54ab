import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react';

/** Smallest and default heights of the dock under the canvas, in px. */
const MIN_HEIGHT = 140;
const DEFAULT_HEIGHT = 280;
/** The canvas keeps at least this much height when the dock is dragged up. */
const CANVAS_MIN = 180;
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

function clamp(height: number, stage: HTMLElement | null): number {
  const max = (stage?.clientHeight ?? 900) - CANVAS_MIN;
  return Math.round(Math.max(MIN_HEIGHT, Math.min(height, max)));
}

/** A dock height the user drags (or moves with the arrow keys) between the canvas and the dock. */
export function useDockHeight(): DockHeight {
  const [height, setHeight] = useState(DEFAULT_HEIGHT);

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const handle = event.currentTarget;
      const stage = handle.closest<HTMLElement>('.stage');
      const startY = event.clientY;
      const startHeight = height;
      handle.setPointerCapture(event.pointerId);
      const onMove = (move: globalThis.PointerEvent) => {
        setHeight(clamp(startHeight + startY - move.clientY, stage));
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

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const stage = event.currentTarget.closest<HTMLElement>('.stage');
    const step = event.key === 'ArrowUp' ? KEY_STEP : -KEY_STEP;
    setHeight((value) => clamp(value + step, stage));
  }, []);

  return { height, handle: { onPointerDown, onKeyDown } };
}
