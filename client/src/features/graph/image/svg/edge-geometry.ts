/** A point in the graph's model coordinates. */
export interface Point {
  x: number;
  y: number;
}

const round = (value: number) => Math.round(value * 100) / 100;
const fmt = (p: Point) => `${round(p.x)},${round(p.y)}`;

/**
 * The SVG path of an edge from Cytoscape's own geometry: a straight line, one quadratic curve
 * through a single control point, or (several control points) the chain of quadratic curves
 * Cytoscape draws, joined at the midpoints between control points.
 */
export function edgePath(
  source: Point,
  target: Point,
  controlPoints: Point[],
  segments: boolean,
): string {
  if (controlPoints.length === 0) return `M${fmt(source)} L${fmt(target)}`;
  if (segments)
    return `M${fmt(source)} ${controlPoints.map((p) => `L${fmt(p)}`).join(' ')} L${fmt(target)}`;
  let path = `M${fmt(source)}`;
  for (let i = 0; i < controlPoints.length; i++) {
    const control = controlPoints[i]!;
    const next = controlPoints[i + 1];
    const end = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : target;
    path += ` Q${fmt(control)} ${fmt(end)}`;
  }
  return path;
}

/**
 * A triangular arrowhead whose tip sits at `tip`, pointing away from `from`. Its size follows
 * Cytoscape's: proportional to the edge width and the arrow scale.
 */
export function arrowHead(from: Point, tip: Point, edgeWidth: number, arrowScale: number): string {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = Math.max(edgeWidth, 1) * 3 * arrowScale * 1.6;
  const back = { x: tip.x - Math.cos(angle) * size, y: tip.y - Math.sin(angle) * size };
  const half = size * 0.55;
  const left = { x: back.x + Math.sin(angle) * half, y: back.y - Math.cos(angle) * half };
  const right = { x: back.x - Math.sin(angle) * half, y: back.y + Math.cos(angle) * half };
  return `${fmt(tip)} ${fmt(left)} ${fmt(right)}`;
}
