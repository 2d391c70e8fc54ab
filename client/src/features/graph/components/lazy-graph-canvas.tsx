import { lazyComponent } from '../../../shared/lazy-component.tsx';

// Cytoscape and fcose are most of the JavaScript; loading them on demand lets the page frame
// paint and the graph request start while they download. Asking for the two libraries by name
// gives each its own chunk, fetched in parallel, instead of one oversized one. Until then an
// empty canvas with the same test hooks holds the overlays.
export const LazyGraphCanvas = lazyComponent(
  async () => {
    await Promise.all([import('cytoscape'), import('cytoscape-fcose')]);
    return (await import('./graph-canvas.tsx')).GraphCanvas;
  },
  (props) => (
    <div
      className="graph-canvas"
      data-testid="graph-canvas"
      data-state={props.status === 'error' ? 'error' : 'loading'}
      aria-busy={props.status !== 'error'}
    >
      {props.children}
    </div>
  ),
);
