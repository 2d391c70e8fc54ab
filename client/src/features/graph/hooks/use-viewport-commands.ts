import type cytoscape from 'cytoscape';
import { useImperativeHandle, type Ref } from 'react';
import type { LargeGraphEngine } from '../large/large-graph-engine.ts';
import { framing, zoomAboutCentre } from '../utils/fit-viewport.ts';

/** Viewport commands for the zoom buttons, and the instance itself for exports. */
export interface GraphCanvasHandle {
  /** Zooms by `factor` around the middle of the canvas. */
  zoomBy(factor: number): void;
  /** Frames what is visible of the graph. */
  fit(): void;
  /** The Cytoscape instance, for exports that read its geometry and styles; null before mount. */
  core(): cytoscape.Core | null;
  /** The large-graph engine when the graph is large (exports draw through its scene). */
  large(): LargeGraphEngine | null;
}

/** Exposes zoom and fit on `ref`, animated, within the graph's zoom limits. */
export function useViewportCommands(
  ref: Ref<GraphCanvasHandle> | undefined,
  cy: cytoscape.Core | null,
  large: LargeGraphEngine | null = null,
): void {
  useImperativeHandle(
    ref,
    () => ({
      zoomBy(factor) {
        if (cy) zoomAboutCentre(cy, factor);
      },
      fit() {
        if (!cy) return;
        // A large graph's box comes from its scene: measuring every element would take seconds.
        if (large) return large.fit();
        cy.stop();
        cy.animate(framing(cy, cy.elements(':visible').boundingBox()), { duration: 350 });
      },
      core: () => cy,
      large: () => large,
    }),
    [cy, large],
  );
}
