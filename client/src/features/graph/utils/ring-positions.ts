import type { Point } from '../../../lib/point.ts';

/**
 * Starting spots for `count` new nodes around `center`, on a circle of `radius`. The first spot
 * points away from `awayFrom` (the middle of the graph) and the rest fan out from there, so new
 * neighbours grow outwards instead of landing on top of the existing graph.
 */
export function ringPositions(
  center: Point,
  count: number,
  radius: number,
  awayFrom?: Point,
): Point[] {
  if (count <= 0) return [];
  const outward =
    awayFrom && (awayFrom.x !== center.x || awayFrom.y !== center.y)
      ? Math.atan2(center.y - awayFrom.y, center.x - awayFrom.x)
      : -Math.PI / 2;
  // A single node goes straight out; more spread over at most three quarters of a turn, then a full one.
  const spread = count === 1 ? 0 : Math.min(2 * Math.PI * (1 - 1 / count), (count - 1) * 0.6);
  return Array.from({ length: count }, (_, index) => {
    const angle = outward - spread / 2 + (count === 1 ? 0 : (spread * index) / (count - 1));
    return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
  });
}
