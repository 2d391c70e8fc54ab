import type cytoscape from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { framing } from '../../graph/utils/fit-viewport.ts';
import {
  applySpotlight,
  clearSpotlight,
  spotlitElements,
  type Spotlight,
} from '../utils/spotlight.ts';

/** Longest wait for a layout to stop moving nodes before the view glides to the spotlight. */
const SETTLE_LIMIT_MS = 2000;

function moving(cy: cytoscape.Core): boolean {
  return cy.animated() || cy.nodes(':animated').nonempty();
}

/**
 * Once the layout has placed any newcomers, glides the view to centre the spotlit elements,
 * zooming out only as far as needed to show them all. Returns a cancel function.
 */
function centreWhenSettled(cy: cytoscape.Core, spotlight: Spotlight): () => void {
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
      const lit = spotlitElements(cy, spotlight.ids);
      if (lit.empty()) return;
      const fitted = framing(cy, lit.boundingBox({ includeLabels: true })).zoom;
      cy.stop();
      cy.animate({ zoom: Math.min(cy.zoom(), fitted), center: { eles: lit } }, { duration: 450 });
    });
  }, 120);
  return () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  };
}

/**
 * Mirrors `spotlight` onto the graph: its facts selected and bright, the rest faded, and the view
 * centred on them when a new spotlight arrives. The canvas redraws its own selection whenever
 * `graph` or `selected` change, so the spotlight is laid over it again then, keeping the selected
 * elements bright too. When the spotlight goes away, `onCleared` lets the page give the canvas
 * its selection back.
 */
export function useSpotlight(
  cy: cytoscape.Core | null,
  spotlight: Spotlight | null,
  graph: unknown,
  selected: readonly string[],
  onCleared: () => void,
): void {
  const cleared = useEffectEvent(onCleared);
  const shown = useRef(false);

  useEffect(() => {
    if (!cy) return;
    if (spotlight) {
      applySpotlight(cy, [...spotlight.ids, ...selected]);
      shown.current = true;
    } else if (shown.current) {
      shown.current = false;
      clearSpotlight(cy);
      cleared();
    }
  }, [cy, spotlight, graph, selected]);

  useEffect(() => {
    if (!cy || !spotlight) return;
    return centreWhenSettled(cy, spotlight);
  }, [cy, spotlight]);
}
