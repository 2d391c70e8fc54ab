import type cytoscape from 'cytoscape';
import type { Point } from './point.ts';

/** Room around the graph when framing it, in pixels. */
export const FIT_PADDING = 48;

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
 * The zoom and pan that centre `box` in a canvas of `size` with `padding` around it, zoomed as
 * far as fits, but no further than `maxZoom` and no less than `minZoom`.
 */
export function fitViewport(
  box: Box,
  size: { width: number; height: number },
  padding: number,
  zoomRange: { min: number; max: number },
): ViewportState {
  const width = Math.max(box.x2 - box.x1, 1);
  const height = Math.max(box.y2 - box.y1, 1);
  const fitted = Math.min((size.width - 2 * padding) / width, (size.height - 2 * padding) / height);
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fitted));
  return {
    zoom,
    pan: {
      x: size.width / 2 - (zoom * (box.x1 + box.x2)) / 2,
      y: size.height / 2 - (zoom * (box.y1 + box.y2)) / 2,
    },
  };
}

/** The viewport that frames `box` on this graph's canvas (see fitViewport). */
export function framing(cy: cytoscape.Core, box: Box): ViewportState {
  return fitViewport(box, { width: cy.width(), height: cy.height() }, FIT_PADDING, {
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
