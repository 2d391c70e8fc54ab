import type cytoscape from 'cytoscape';
import { useEffect } from 'react';
import type { FocusRequest } from '../../../lib/selection.ts';
import type { LargeGraphEngine } from '../large/large-graph-engine.ts';
import type { LayoutRunner } from '../utils/layout-runner.ts';

/** Centring never leaves the view zoomed out further than this. */
const FOCUS_MIN_ZOOM = 0.9;

/** Glides the view to centre the requested element, once layouts and panel changes have settled. */
export function useFocusRequest(
  cy: cytoscape.Core | null,
  runner: LayoutRunner | null,
  focus: FocusRequest | null,
  large: LargeGraphEngine | null = null,
): void {
  useEffect(() => {
    if (!cy || !runner || !focus) return;
    let frame = 0;
    // A layout still moving nodes would carry the target away from the centre; wait for it.
    runner.whenIdle(() => {
      // Two frames: the details panel opening with this focus resizes the canvas first.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          if (cy.destroyed()) return;
          const target = cy.getElementById(focus.id);
          // A large graph's scene knows where every node is; Cytoscape holds only a window.
          const at = large?.current?.positionOf(focus.id);
          if (!at && target.empty()) return;
          cy.stop();
          const zoom = Math.max(cy.zoom(), FOCUS_MIN_ZOOM);
          if (at) {
            const pan = { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom };
            cy.animate({ zoom, pan }, { duration: 450 });
            return;
          }
          cy.animate({ zoom, center: { eles: target } }, { duration: 450 });
        });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, runner, focus, large]);
}
