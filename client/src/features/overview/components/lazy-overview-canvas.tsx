import { lazy, Suspense } from 'react';
import type { OverviewCanvasProps } from './overview-canvas.tsx';

// The overview draws with Cytoscape too; it loads with the graph's chunks, only when needed.
const OverviewCanvas = lazy(async () => {
  const module = await import('./overview-canvas.tsx');
  return { default: module.OverviewCanvas };
});

/** OverviewCanvas, loaded on demand; until then an empty canvas holding the overlays. */
export function LazyOverviewCanvas(props: OverviewCanvasProps) {
  return (
    <Suspense
      fallback={
        <div className="graph-canvas" data-testid="overview-canvas" data-state="loading">
          {props.children}
        </div>
      }
    >
      <OverviewCanvas {...props} />
    </Suspense>
  );
}
