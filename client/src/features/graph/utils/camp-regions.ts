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

/**
 * Space between a camp's outermost labels and its region's edge, in pixels at zoom 1. Zoomed out
 * it shrinks with the graph: kept fixed on screen, it would push neighbouring camps' regions over
 * one another once the gaps between camps are narrower than two paddings.
 */
const REGION_PADDING = 18;

/**
 * The box around each camp's nodes and labels, for drawing behind the graph: on screen (pixels
 * relative to the canvas) by default, or in the graph's model coordinates for exports.
 */
export function campRegions(
  cy: cytoscape.Core,
  space: 'rendered' | 'model' = 'rendered',
): CampRegion[] {
  const padding = space === 'rendered' ? REGION_PADDING * Math.min(1, cy.zoom()) : REGION_PADDING;
  return REGION_CAMPS.flatMap((camp) => {
    const nodes = cy.nodes(`.camp-${camp}:visible`);
    if (nodes.empty()) return [];
    const options = { includeLabels: true, includeEdges: false };
    const box =
      space === 'rendered' ? nodes.renderedBoundingBox(options) : nodes.boundingBox(options);
    return [
      {
        camp,
        x: box.x1 - padding,
        y: box.y1 - padding,
        width: box.w + 2 * padding,
        height: box.h + 2 * padding,
      },
    ];
  });
}

/** Where a region's label is drawn, relative to the region's top-left corner, in pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Camps whose label would lie over another camp's region. A label keeps its size on screen while
 * the graph zooms out, so far out it would sit on the neighbouring camp: it goes until there is
 * room again (the region's tint and the legend still say which camp is which).
 */
export function campsWithCoveredLabels(
  regions: CampRegion[],
  labels: Partial<Record<Camp, LabelBox>>,
): Set<Camp> {
  const covered = new Set<Camp>();
  for (const region of regions) {
    const label = labels[region.camp];
    if (!label) continue;
    const box = { ...label, x: region.x + label.x, y: region.y + label.y };
    if (regions.some((other) => other !== region && boxesMeet(box, other)))
      covered.add(region.camp);
  }
  return covered;
}

function boxesMeet(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
