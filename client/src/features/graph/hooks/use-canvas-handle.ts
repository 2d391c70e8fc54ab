import type cytoscape from 'cytoscape';
import { useImperativeHandle, type Ref } from 'react';
import { LargeGraphView } from '../large/large-graph-view.ts';
import type { GraphView } from '../view/graph-view.ts';

/** What the page may ask of a graph canvas: zoom commands, and what exports read. */
export interface GraphCanvasHandle {
  /** Zooms by `factor` around the middle of the canvas. */
  zoomBy(factor: number): void;
  /** Frames what is visible of the graph. */
  fit(): void;
  /** The Cytoscape instance, for exports that read its geometry and styles; null before mount. */
  core(): cytoscape.Core | null;
  /** The large-graph view when the graph is large (exports draw through its scene). */
  large(): LargeGraphView | null;
}

/** Exposes the view's zoom and fit, and what exports read, on `ref`. */
export function useCanvasHandle(
  ref: Ref<GraphCanvasHandle> | undefined,
  cy: cytoscape.Core | null,
  view: GraphView | null,
): void {
  useImperativeHandle(
    ref,
    () => ({
      zoomBy: (factor) => view?.zoomBy(factor),
      fit: () => view?.fit(),
      core: () => cy,
      large: () => (view instanceof LargeGraphView ? view : null),
    }),
    [cy, view],
  );
}
