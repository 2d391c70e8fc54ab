import type cytoscape from 'cytoscape';
import { useImperativeHandle, type Ref } from 'react';
import type { GraphCanvasHandle } from '../../../lib/canvas-handle.ts';
import { exportImage } from '../image/export-image.ts';
import { LargeGraphView } from '../large/large-graph-view.ts';
import type { GraphView } from '../view/graph-view.ts';

/** Exposes the view's zoom, what it draws and its images on `ref`. */
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
      drawnIds: () => view?.drawnIds() ?? null,
      positions: () => view?.positions() ?? {},
      exportImage: (format, options, onProgress) => {
        if (!cy || !view) return Promise.reject(new Error('The graph is not drawn yet.'));
        // A large graph is drawn from its scene: Cytoscape holds only a window of it.
        const scene = view instanceof LargeGraphView ? view.current : null;
        return exportImage(cy, format, options, onProgress, scene);
      },
    }),
    [cy, view],
  );
}
