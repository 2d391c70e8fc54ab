import type cytoscape from 'cytoscape';
import type { ForcePlan } from './force-plan.ts';
import { ringPositions } from './ring-positions.ts';
import type { Point } from '../../../lib/point.ts';

/** How far from their anchor new neighbours start, in model pixels. */
const RING_RADIUS = 150;

function middle(box: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/**
 * Puts `added` nodes on a ring around the anchor node (or the middle of the view when there is
 * none on the canvas), facing away from the rest of the graph. Returns the force plan that
 * then settles only them: every other node is pinned where it is, so the analyst's map stays.
 */
export function placeNewNodes(
  cy: cytoscape.Core,
  added: cytoscape.NodeCollection,
  anchorId: string | null,
): ForcePlan {
  // Hidden nodes are not part of the settling layout, so they cannot be pinned in it.
  const old = cy
    .nodes()
    .filter((node) => !added.contains(node) && !node.hasClass('filtered'))
    .nodes();
  const anchor = anchorId ? cy.getElementById(anchorId) : cy.collection();
  const center: Point =
    anchor.nonempty() && !added.contains(anchor)
      ? { ...anchor.position() }
      : middle(cy.extent() as cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH);
  const spots = ringPositions(
    center,
    added.length,
    RING_RADIUS,
    old.nonempty() ? middle(old.boundingBox()) : undefined,
  );
  added.forEach((node, index) => {
    node.position(spots[index] ?? center);
  });
  return {
    name: 'explorer-forces',
    camps: false,
    start: 'current',
    fixed: new Map(old.map((node) => [node.id(), { ...node.position() }] as const)),
  };
}
