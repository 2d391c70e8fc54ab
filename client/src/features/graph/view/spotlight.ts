import type cytoscape from 'cytoscape';
import { framing } from '../../../lib/viewport.ts';
import { motionMs } from '../../../lib/motion.ts';

/** The elements with these ids that are on the canvas, with the ends of their relationships. */
export function spotlitElements(cy: cytoscape.Core, ids: readonly string[]): cytoscape.Collection {
  let lit = cy.collection();
  for (const id of ids) lit = lit.union(cy.getElementById(id));
  return lit.union(lit.edges().connectedNodes());
}

/**
 * Selects the spotlit elements, shows their edge labels and fades everything else, with the
 * classes the graph's stylesheet already has for the selection. Returns what is lit.
 */
export function applySpotlight(cy: cytoscape.Core, ids: readonly string[]): cytoscape.Collection {
  const lit = spotlitElements(cy, ids);
  cy.batch(() => {
    cy.elements().removeClass('faded highlighted').unselect();
    lit.select();
    lit.edges().addClass('highlighted');
    cy.elements().difference(lit).addClass('faded');
  });
  return lit;
}

/** Undoes applySpotlight: nothing selected, nothing faded. */
export function clearSpotlight(cy: cytoscape.Core): void {
  cy.batch(() => {
    cy.elements().removeClass('faded highlighted').unselect();
  });
}

/** Longest wait for a layout to stop moving nodes before the view glides to the spotlight. */
const SETTLE_LIMIT_MS = 2000;

function moving(cy: cytoscape.Core): boolean {
  return cy.animated() || cy.nodes(':animated').nonempty();
}

/**
 * Once a layout has placed any newcomers, glides the view to center the spotlit elements,
 * zooming out only as far as needed to show them all. Returns a cancel function.
 */
export function centerWhenSettled(cy: cytoscape.Core, ids: readonly string[]): () => void {
  let frame = 0;
  const started = performance.now();
  // Newcomers start gliding a frame or two after they are added; give them that long.
  const timer = setTimeout(() => {
    frame = requestAnimationFrame(function wait() {
      if (cy.destroyed()) return;
      if (moving(cy) && performance.now() - started < SETTLE_LIMIT_MS) {
        frame = requestAnimationFrame(wait);
        return;
      }
      const lit = spotlitElements(cy, ids);
      if (lit.empty()) return;
      const fitted = framing(cy, lit.boundingBox({ includeLabels: true })).zoom;
      cy.stop();
      cy.animate(
        { zoom: Math.min(cy.zoom(), fitted), center: { eles: lit } },
        { duration: motionMs(450) },
      );
    });
  }, 120);
  return () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  };
}
