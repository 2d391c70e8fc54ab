import type { Point } from '../../../lib/point.ts';

/** A node to keep off edges: its centre and the radius of its shape. */
export interface ClearanceNode {
  id: string;
  radius: number;
}

export interface ClearanceEdge {
  source: string;
  target: string;
}

export interface ClearanceOptions {
  /** Free space wanted between a node's border and an edge passing by, in model pixels. */
  margin: number;
  /** Only these nodes may move; all when omitted. */
  movable?: ReadonlySet<string>;
  /** Passes over all pairs; a nudge can push a node onto another edge, the next pass fixes it. */
  passes?: number;
}

/** Where on segment a→b the point p projects, clamped to the segment, as a fraction of it. */
function projection(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return 0;
  return Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
}

/**
 * Nudges nodes that sit on an edge they do not belong to sideways, until the edge passes at
 * least `margin` from their border. A node drawn on a line reads as part of that relationship,
 * and it hides the line from clicks. Force layouts ignore this; it takes a few pixels to fix.
 * Returns new positions; the input map is not changed.
 */
export function clearEdges(
  positions: ReadonlyMap<string, Point>,
  nodes: readonly ClearanceNode[],
  edges: readonly ClearanceEdge[],
  options: ClearanceOptions,
): Map<string, Point> {
  const result = new Map(positions);
  const passes = options.passes ?? 3;
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (const node of nodes) {
      if (options.movable && !options.movable.has(node.id)) continue;
      for (const edge of edges) {
        if (edge.source === node.id || edge.target === node.id) continue;
        const p = result.get(node.id);
        const a = result.get(edge.source);
        const b = result.get(edge.target);
        if (!p || !a || !b) continue;
        const t = projection(p, a, b);
        // Near an end the node is crowding that end's node, which the layout already handles.
        if (t <= 0.02 || t >= 0.98) continue;
        const foot = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
        const distance = Math.hypot(p.x - foot.x, p.y - foot.y);
        const wanted = node.radius + options.margin;
        if (distance >= wanted) continue;
        // Push along the perpendicular, towards the side the node already leans to.
        let nx = p.x - foot.x;
        let ny = p.y - foot.y;
        if (distance < 1e-6) {
          nx = -(b.y - a.y);
          ny = b.x - a.x;
        }
        const length = Math.hypot(nx, ny) || 1;
        const push = wanted - distance;
        result.set(node.id, { x: p.x + (nx / length) * push, y: p.y + (ny / length) * push });
        moved = true;
      }
    }
    if (!moved) break;
  }
  return result;
}
