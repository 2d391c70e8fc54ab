import type cytoscape from 'cytoscape';
import type { Point } from '../../../lib/point.ts';

/** Where to put nodes, asked for by id; `seq` tells one request from the next. */
export interface PositionRequest {
  seq: number;
  positions: Readonly<Record<string, Point>>;
}

/** Where every node of the graph is, by id, in model coordinates. */
export function positionsOf(cy: cytoscape.Core): Record<string, Point> {
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x, y };
  });
  return positions;
}

/** Whether `positions` place every one of `nodes`. */
export function placesAll(
  nodes: cytoscape.NodeCollection,
  positions: Readonly<Record<string, Point>>,
): boolean {
  return nodes.map((node) => node.id()).every((id) => positions[id] !== undefined);
}

/** The positions `positions` gives for `nodes`, for a preset layout. */
export function presetFor(
  nodes: cytoscape.NodeCollection,
  positions: Readonly<Record<string, Point>>,
): Map<string, Point> {
  const preset = new Map<string, Point>();
  nodes.forEach((node) => {
    const position = positions[node.id()];
    if (position) preset.set(node.id(), position);
  });
  return preset;
}
