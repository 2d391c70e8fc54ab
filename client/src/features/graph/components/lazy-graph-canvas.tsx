import { lazy, Suspense } from 'react';
import type { GraphCanvasProps } from './graph-canvas.tsx';

// Cytoscape and fcose are most of the JavaScript; loading them on demand lets the page frame
// paint and the graph request start while they download. Asking for the two libraries by name
// gives each its own chunk, fetched in parallel, instead of one oversized one.
const GraphCanvas = lazy(async () => {
  await Promise.all([import('cytoscape'), import('cytoscape-fcose')]);
  const module = await import('./graph-canvas.tsx');
  return { default: module.GraphCanvas };
});

/** GraphCanvas, loaded on demand; until then an empty canvas with the same test hooks. */
export function LazyGraphCanvas(props: GraphCanvasProps) {
  const fallback = (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      data-state={props.status === 'error' ? 'error' : 'loading'}
      aria-busy={props.status !== 'error'}
    >
      {props.children}
    </div>
  );
  return (
    <Suspense fallback={fallback}>
      <GraphCanvas {...props} />
    </Suspense>
  );
}
