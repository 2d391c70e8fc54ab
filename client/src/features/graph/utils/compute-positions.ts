import type cytoscape from 'cytoscape';
import { forcePositions, isForcePlan, type LayoutPlan } from './force-plan.ts';
import { clearEdges } from './node-edge-clearance.ts';
import { separateFootprints } from './overlap-removal.ts';
import type { Point } from '../../../lib/point.ts';

/** Space kept between a node's border and an edge that passes it, in model pixels. */
const EDGE_MARGIN = 8;

/** Space kept between one node's label and another node or label, in model pixels. */
const FOOTPRINT_GAP = 4;

/** Which nodes may be nudged off edges after the layout; none when `false`. */
export type Nudge = false | { movable?: ReadonlySet<string> };

/**
 * Where `plan` would put the nodes of `elements`, computed at once and without moving anything
 * on screen (a Cytoscape layout runs unanimated, its result is read, and the old positions are
 * put back before the browser paints). Then, unless `nudge` is false, nodes are nudged so that no
 * label covers another node or label, and off edges that are not theirs (only `nudge.movable`
 * ones when given).
 */
export function computePositions(
  elements: cytoscape.Collection,
  plan: LayoutPlan,
  nudge: Nudge,
): Map<string, Point> {
  const nodes = elements.nodes();
  const before = new Map(nodes.map((node) => [node.id(), { ...node.position() }] as const));
  const after = isForcePlan(plan) ? forcePositions(elements, plan) : runInstantly(elements, plan);
  if (nudge === false) return after;
  const footprints = nodes.map((node) => {
    const box = node.boundingBox({ includeLabels: true });
    const at = before.get(node.id()) ?? node.position();
    return {
      id: node.id(),
      left: box.x1 - at.x,
      top: box.y1 - at.y,
      right: box.x2 - at.x,
      bottom: box.y2 - at.y,
    };
  });
  const shapes = nodes.map((node) => ({
    id: node.id(),
    radius: Math.max(node.width(), node.height()) / 2,
  }));
  const edges = elements.edges().map((edge) => ({
    source: edge.source().id(),
    target: edge.target().id(),
  }));
  // Each fix can undo a little of the other; three rounds settle both, labels having the last word.
  let positions = after;
  for (let round = 0; round < 3; round++) {
    positions = clearEdges(positions, shapes, edges, {
      margin: EDGE_MARGIN,
      movable: nudge.movable,
    });
    positions = separateFootprints(positions, footprints, {
      gap: FOOTPRINT_GAP,
      movable: nudge.movable,
    });
  }
  return positions;
}

/** Runs a Cytoscape layout without animation, reads its result and puts the nodes back. */
function runInstantly(
  elements: cytoscape.Collection,
  options: cytoscape.LayoutOptions,
): Map<string, Point> {
  const nodes = elements.nodes();
  const before = nodes.map((node) => ({ ...node.position() }));
  elements.layout({ ...options, animate: false, fit: false } as cytoscape.LayoutOptions).run();
  const after = new Map(nodes.map((node) => [node.id(), { ...node.position() }] as const));
  nodes.forEach((node, index) => {
    node.position(before[index]!);
  });
  return after;
}
