import { lazyComponent } from '../../../shared/lazy-component.tsx';

// The overview draws with Cytoscape too; it loads with the graph's chunks, only when needed.
// Until then an empty canvas holds the overlays.
export const LazyOverviewCanvas = lazyComponent(
  async () => (await import('./overview-canvas.tsx')).OverviewCanvas,
  (props) => (
    <div className="graph-canvas" data-testid="overview-canvas" data-state="loading">
      {props.children}
    </div>
  ),
);
