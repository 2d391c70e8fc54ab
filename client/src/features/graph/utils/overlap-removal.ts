import type { Point } from '../../../lib/point.ts';

/** The space a node and its label take, relative to the node's centre. */
export interface Footprint {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface SeparationOptions {
  /** Space to leave between footprints, in model pixels. */
  gap: number;
  /** Only these nodes may move; all when omitted. */
  movable?: ReadonlySet<string>;
  /** Sweeps over all pairs; stops early once nothing overlaps. */
  passes?: number;
}

/**
 * Pushes apart nodes whose footprints (shape plus label) overlap, each pair along the axis where
 * they overlap least, so a label never sits on another node or label. Force layouts only
 * approximate this with wrapped labels. Returns new positions; the input map is not changed.
 */
export function separateFootprints(
  positions: ReadonlyMap<string, Point>,
  footprints: readonly Footprint[],
  options: SeparationOptions,
): Map<string, Point> {
  const result = new Map(positions);
  const canMove = (id: string) => !options.movable || options.movable.has(id);
  const passes = options.passes ?? 12;
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < footprints.length; i++) {
      for (let j = i + 1; j < footprints.length; j++) {
        const a = footprints[i]!;
        const b = footprints[j]!;
        const pa = result.get(a.id);
        const pb = result.get(b.id);
        if (!pa || !pb) continue;
        const moveA = canMove(a.id);
        const moveB = canMove(b.id);
        if (!moveA && !moveB) continue;
        const overlapX =
          Math.min(pa.x + a.right, pb.x + b.right) - Math.max(pa.x + a.left, pb.x + b.left);
        const overlapY =
          Math.min(pa.y + a.bottom, pb.y + b.bottom) - Math.max(pa.y + a.top, pb.y + b.top);
        if (overlapX + options.gap <= 0 || overlapY + options.gap <= 0) continue;
        const alongX = overlapX < overlapY;
        const push = (alongX ? overlapX : overlapY) + options.gap;
        // Which way: away from each other; the earlier one goes left/up on a tie.
        const sign = alongX ? (pa.x <= pb.x ? -1 : 1) : pa.y <= pb.y ? -1 : 1;
        const shareA = moveA && moveB ? 0.5 : moveA ? 1 : 0;
        const shareB = 1 - shareA;
        const shift = (point: Point, amount: number): Point =>
          alongX ? { x: point.x + amount, y: point.y } : { x: point.x, y: point.y + amount };
        result.set(a.id, shift(pa, sign * push * shareA));
        result.set(b.id, shift(pb, -sign * push * shareB));
        moved = true;
      }
    }
    if (!moved) break;
  }
  return result;
}
