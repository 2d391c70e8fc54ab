import type cytoscape from 'cytoscape';
import type { Point } from '../../../lib/point.ts';
import { arrangeByForces } from './force-arrangement.ts';
import type { NodeData } from './to-elements.ts';

/**
 * A request for the explorer's own force arrangement (arrangeByForces), for computePositions to
 * run in place of a Cytoscape layout.
 */
export interface ForcePlan {
  name: 'explorer-forces';
  /** Camps kept apart, or ignored. */
  camps: boolean;
  /** Nodes that keep these positions. */
  fixed: ReadonlyMap<string, Point>;
  /** Start from where the nodes are now (adding to a map), or from a placement of their own. */
  start: 'current' | 'fresh';
}

/** What computePositions accepts: a Cytoscape layout's options, or a force plan. */
export type LayoutPlan = cytoscape.LayoutOptions | ForcePlan;

export function isForcePlan(plan: LayoutPlan): plan is ForcePlan {
  return plan.name === 'explorer-forces';
}

/** Where `plan` puts the nodes of `elements`, reading each node's size with its label. */
export function forcePositions(
  elements: cytoscape.Collection,
  plan: ForcePlan,
): Map<string, Point> {
  const nodes = elements.nodes();
  return arrangeByForces({
    nodes: nodes.map((node) => {
      const box = node.boundingBox({ includeLabels: true });
      const at = node.position();
      return {
        id: node.id(),
        camp: (node.data() as NodeData).camp,
        left: at.x - box.x1,
        right: box.x2 - at.x,
        top: at.y - box.y1,
        bottom: box.y2 - at.y,
      };
    }),
    edges: elements
      .edges()
      .map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
    fixed: plan.fixed,
    start:
      plan.start === 'current'
        ? new Map(nodes.map((node) => [node.id(), { ...node.position() }] as const))
        : undefined,
    camps: plan.camps,
  });
}
