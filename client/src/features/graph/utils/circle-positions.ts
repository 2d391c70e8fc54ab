import type { Point } from '../../../lib/point.ts';

/**
 * Places `ids` clockwise on a circle around the origin, starting at the top, `spacing` model
 * pixels of rim apart, in the given order.
 */
export function circlePositions(ids: readonly string[], spacing: number): Map<string, Point> {
  const radius = Math.max(spacing, (ids.length * spacing) / (2 * Math.PI));
  const step = (2 * Math.PI) / Math.max(1, ids.length);
  return new Map(
    ids.map((id, index) => {
      const angle = -Math.PI / 2 + index * step;
      return [id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }] as const;
    }),
  );
}
