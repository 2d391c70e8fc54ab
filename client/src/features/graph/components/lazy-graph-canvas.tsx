import { lazyComponent } from '../../../shared/lazy-component.tsx';

// Cytoscape is most of the JavaScript; loading it on demand lets the page frame paint and the
// graph request start while it downloads. Asking for the library by name gives it a chunk of
// its own, fetched beside the canvas code. Until then an empty canvas with the same test hooks
// holds the overlays.
export const LazyGraphCanvas = lazyComponent(
  async () => {
    await import('cytoscape');
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
