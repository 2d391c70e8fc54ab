import type cytoscape from 'cytoscape';
import { useEffect } from 'react';
import type { FocusRequest } from '../../../lib/selection.ts';
import type { LayoutRunner } from '../utils/layout-runner.ts';

/** Centring never leaves the view zoomed out further than this. */
const FOCUS_MIN_ZOOM = 0.9;

/** Glides the view to centre the requested element, once layouts and panel changes have settled. */
export function useFocusRequest(
  cy: cytoscape.Core | null,
  runner: LayoutRunner | null,
  focus: FocusRequest | null,
): void {
  useEffect(() => {
    if (!cy || !runner || !focus) return;
    let frame = 0;
    // A layout still moving nodes would carry the target away from the centre; wait for it.
    runner.whenIdle(() => {
      // Two frames: the details panel opening with this focus resizes the canvas first.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          const target = cy.getElementById(focus.id);
          if (cy.destroyed() || target.empty()) return;
          cy.stop();
          cy.animate(
            { zoom: Math.max(cy.zoom(), FOCUS_MIN_ZOOM), center: { eles: target } },
            { duration: 450 },
          );
        });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, runner, focus]);
}
