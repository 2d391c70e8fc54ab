import type { Position } from '../lib/exploration/exploration-url.ts';
import type { ResultSource } from '../features/views/utils/result-source.ts';

function isPositions(value: unknown): value is Record<string, Position> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (point: unknown) =>
      typeof point === 'object' &&
      point !== null &&
      Number.isFinite((point as Position).x) &&
      Number.isFinite((point as Position).y),
  );
}

/**
 * The node positions saved with the view on the canvas, if the server sent any (`positions` on a
 * saved view); a view without them is laid out as usual.
 */
export function savedPositionsOf(
  source: ResultSource | null,
): Readonly<Record<string, Position>> | undefined {
  if (source?.kind !== 'view') return undefined;
  const positions = (source.view as { positions?: unknown }).positions;
  return isPositions(positions) ? positions : undefined;
}
