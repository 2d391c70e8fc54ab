import { lazy, Suspense, type ComponentProps } from 'react';

// Only needed once the Paths tab opens; the entity pickers stay out of the first chunk.
const PathsPanel = lazy(async () => {
  const module = await import('./paths-panel.tsx');
  return { default: module.PathsPanel };
});

/** PathsPanel, loaded on first use; meanwhile a quiet "Loading…". */
export function LazyPathsPanel(props: ComponentProps<typeof PathsPanel>) {
  const fallback = (
    <p className="panel__status" role="status">
      <span className="spinner" aria-hidden="true" /> Loading…
    </p>
  );
  return (
    <Suspense fallback={fallback}>
      <PathsPanel {...props} />
    </Suspense>
  );
}
