import { lazy, Suspense, type ComponentProps } from 'react';

// The panel (forms, entity picker) is only needed once the Views tab is open; keeping it out
// of the first chunk keeps the page's first paint quick.
const ViewsPanel = lazy(async () => {
  const module = await import('./views-panel.tsx');
  return { default: module.ViewsPanel };
});

/** ViewsPanel, loaded on first use; meanwhile a quiet "Loading views…". */
export function LazyViewsPanel(props: ComponentProps<typeof ViewsPanel>) {
  const fallback = (
    <p className="panel__status" role="status">
      <span className="spinner" aria-hidden="true" /> Loading views…
    </p>
  );
  return (
    <Suspense fallback={fallback}>
      <ViewsPanel {...props} />
    </Suspense>
  );
}
