import type cytoscape from 'cytoscape';
import type { Point } from './point.ts';

/** Room kept on each side of the canvas when framing the graph, in pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The canvas's own overlays float over its edges: the toolbar and Export along the top, the
 * status line along the bottom, the zoom buttons at the right. Framing keeps the graph (and its
 * camp regions) clear of them.
 */
export const FIT_INSETS: Insets = { top: 76, right: 68, bottom: 56, left: 44 };

/**
 * Framing never zooms in further than this: a three-node graph blown up to fill the screen
 * looks broken, and its labels turn into headlines.
 */
export const FIT_MAX_ZOOM = 1.3;

/** A box in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ViewportState {
  zoom: number;
  pan: Point;
}

/**
 * The zoom and pan that centre `box` in the free area of a canvas of `size` (the canvas less
 * `insets` on each side), zoomed as far as fits, but no further than `zoomRange.max` and no less
 * than `zoomRange.min`. On a canvas too small for the insets, the whole canvas is the free area.
 */
export function fitViewport(
  box: Box,
  size: { width: number; height: number },
  insets: Insets,
  zoomRange: { min: number; max: number },
): ViewportState {
  const roomy =
    size.width > 2 * (insets.left + insets.right) && size.height > 2 * (insets.top + insets.bottom);
  const free = roomy ? insets : { top: 8, right: 8, bottom: 8, left: 8 };
  const freeWidth = size.width - free.left - free.right;
  const freeHeight = size.height - free.top - free.bottom;
  const width = Math.max(box.x2 - box.x1, 1);
  const height = Math.max(box.y2 - box.y1, 1);
  const fitted = Math.min(freeWidth / width, freeHeight / height);
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fitted));
  return {
    zoom,
    pan: {
      x: free.left + freeWidth / 2 - (zoom * (box.x1 + box.x2)) / 2,
      y: free.top + freeHeight / 2 - (zoom * (box.y1 + box.y2)) / 2,
    },
  };
}

/** Whether two viewports frame the same picture, give or take a pixel's rounding. */
export function sameFraming(a: ViewportState, b: ViewportState): boolean {
  return (
    Math.abs(a.zoom - b.zoom) <= 0.02 * b.zoom &&
    Math.abs(a.pan.x - b.pan.x) <= 12 &&
    Math.abs(a.pan.y - b.pan.y) <= 12
  );
}

/** The viewport that frames `box` on this graph's canvas (see fitViewport). */
export function framing(cy: cytoscape.Core, box: Box): ViewportState {
  return fitViewport(box, { width: cy.width(), height: cy.height() }, FIT_INSETS, {
    min: cy.minZoom(),
    max: Math.min(FIT_MAX_ZOOM, cy.maxZoom()),
  });
}

/**
 * The box `nodes` and their labels will cover once moved to `positions`: each node's current
 * box, shifted by how far the node moves.
 */
export function boxAfterMove(
  nodes: cytoscape.NodeCollection,
  positions: ReadonlyMap<string, Point>,
): Box | null {
  let box: Box | null = null;
  nodes.forEach((node) => {
    const from = node.position();
    const to = positions.get(node.id()) ?? from;
    const own = node.boundingBox({ includeLabels: true });
    const moved = {
      x1: own.x1 + to.x - from.x,
      y1: own.y1 + to.y - from.y,
      x2: own.x2 + to.x - from.x,
      y2: own.y2 + to.y - from.y,
    };
    box = box
      ? {
          x1: Math.min(box.x1, moved.x1),
          y1: Math.min(box.y1, moved.y1),
          x2: Math.max(box.x2, moved.x2),
          y2: Math.max(box.y2, moved.y2),
        }
      : moved;
  });
  return box;
}

/** Zooms by `factor` about the centre of the view, animated, within the zoom limits. */
export function zoomAboutCenter(cy: cytoscape.Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.stop();
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    { duration: 200 },
  );
}
