import type cytoscape from 'cytoscape';
import { motionMs } from '../../../lib/motion.ts';

/** Space kept between revealed elements and the canvas edge, in pixels. */
const REVEAL_MARGIN = 72;

/** How far to pan sideways so that the box [x1, x2] sits inside [margin, width - margin]. */
function shiftInto(x1: number, x2: number, width: number): number {
  if (x2 > width - REVEAL_MARGIN) return width - REVEAL_MARGIN - x2;
  if (x1 < REVEAL_MARGIN) return REVEAL_MARGIN - x1;
  return 0;
}

/**
 * Pans the least needed to bring the selected element, and its neighbourhood when that fits,
 * back on screen, e.g. after the details panel narrowed the canvas over them. Does nothing when
 * they are visible.
 */
export function revealSelection(cy: cytoscape.Core): void {
  const selected = cy.$(':selected');
  if (selected.empty()) return;
  const width = cy.width();
  const neighborhood = selected
    .union(selected.nodes().neighborhood())
    .union(selected.connectedNodes());
  const wide = neighborhood.renderedBoundingBox({ includeLabels: true });
  const box =
    wide.w <= width - 2 * REVEAL_MARGIN
      ? wide
      : selected.renderedBoundingBox({ includeLabels: false });
  const shift = shiftInto(box.x1, box.x2, width);
  if (shift !== 0) cy.animate({ panBy: { x: shift, y: 0 } }, { duration: motionMs(250) });
}
