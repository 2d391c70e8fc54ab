import type cytoscape from 'cytoscape';
import type { Camp } from '../../../lib/api-types.ts';

/** A camp's area on screen, in pixels relative to the canvas. */
export interface CampRegion {
  camp: Camp;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Camps that get a region; 'both' nodes sit between the first two, unboxed on purpose. */
const REGION_CAMPS: Camp[] = ['llm', 'world-model', 'neutral'];

/** Space between a camp's outermost labels and its region's edge, in pixels. */
const REGION_PADDING = 18;

/**
 * The box around each camp's nodes and labels, for drawing behind the graph: on screen (pixels
 * relative to the canvas) by default, or in the graph's model coordinates for exports.
 */
export function campRegions(
  cy: cytoscape.Core,
  space: 'rendered' | 'model' = 'rendered',
): CampRegion[] {
  return REGION_CAMPS.flatMap((camp) => {
    const nodes = cy.nodes(`.camp-${camp}:visible`);
    if (nodes.empty()) return [];
    const options = { includeLabels: true, includeEdges: false };
    const box =
      space === 'rendered' ? nodes.renderedBoundingBox(options) : nodes.boundingBox(options);
    return [
      {
        camp,
        x: box.x1 - REGION_PADDING,
        y: box.y1 - REGION_PADDING,
        width: box.w + 2 * REGION_PADDING,
        height: box.h + 2 * REGION_PADDING,
      },
    ];
  });
}
