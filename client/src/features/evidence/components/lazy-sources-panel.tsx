import { lazy, Suspense, type ComponentProps } from 'react';

// Only needed once the Sources tab opens (or a quote's "In the article" link is followed).
const SourcesPanel = lazy(async () => {
  const module = await import('./sources-panel.tsx');
  return { default: module.SourcesPanel };
});

/** SourcesPanel, loaded on first use; meanwhile a quiet "Loading…". */
export function LazySourcesPanel(props: ComponentProps<typeof SourcesPanel>) {
  const fallback = (
    <p className="panel__status" role="status">
      <span className="spinner" aria-hidden="true" /> Loading…
    </p>
  );
  return (
    <Suspense fallback={fallback}>
      <SourcesPanel {...props} />
    </Suspense>
  );
}
