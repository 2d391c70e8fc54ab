import type cytoscape from 'cytoscape';
import { useEffect, useState, type RefObject } from 'react';

/** Anything that can hand out the graph's Cytoscape instance (the canvas handle does). */
export interface CoreSource {
  core(): cytoscape.Core | null;
}

/**
 * The Cytoscape instance behind `source`, as state: null until the lazily loaded canvas has
 * created it, and again while a replaced canvas (a retry, a new result) builds its own.
 */
export function useCanvasCore(source: RefObject<CoreSource | null>): cytoscape.Core | null {
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  useEffect(() => {
    if (cy && !cy.destroyed()) {
      const forget = () => setCy(null);
      cy.one('destroy', forget);
      return () => {
        cy.off('destroy', forget);
      };
    }
    // The canvas hands its instance to the ref without telling anyone; look once a frame.
    let frame = requestAnimationFrame(function look() {
      const core = source.current?.core() ?? null;
      if (core && !core.destroyed()) setCy(core);
      else frame = requestAnimationFrame(look);
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, source]);
  return cy;
}
