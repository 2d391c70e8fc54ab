import type { Point } from '../../../lib/point.ts';

/** Where an arrow key asks the selection to go. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** What a key does on the focused canvas, or null when it is not the canvas's. */
export type CanvasKeyAction =
  | { kind: 'move'; direction: Direction }
  | { kind: 'open' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' };

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** How much one press of + or - zooms. */
const ZOOM_STEP = 1.25;

/** The canvas's own keys: arrows walk, Enter opens, + and - zoom, Home fits. */
export function canvasKeyAction(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): CanvasKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const direction = ARROWS[event.key];
  if (direction) return { kind: 'move', direction };
  if (event.key === 'Enter' || event.key === ' ') return { kind: 'open' };
  if (event.key === '+' || event.key === '=') return { kind: 'zoom', factor: ZOOM_STEP };
  if (event.key === '-' || event.key === '_') return { kind: 'zoom', factor: 1 / ZOOM_STEP };
  if (event.key === 'Home') return { kind: 'fit' };
  return null;
}

/**
 * The entity an arrow key moves to from `from`: the nearest one on that side, a step sideways
 * counting twice a step ahead, so a neighbour straight ahead wins over a closer one off to the
 * side. Screen coordinates: y grows downwards. Null when nothing lies on that side.
 */
export function nearestInDirection(
  from: Point,
  candidates: readonly { id: string; at: Point }[],
  direction: Direction,
): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const { id, at } of candidates) {
    const dx = at.x - from.x;
    const dy = at.y - from.y;
    const ahead =
      direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const aside = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** The entity nearest `point`, for a walk that starts with nothing selected. */
export function nearestTo(
  point: Point,
  candidates: readonly { id: string; at: Point }[],
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const { id, at } of candidates) {
    const distance = Math.hypot(at.x - point.x, at.y - point.y);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = id;
    }
  }
  return best;
}
