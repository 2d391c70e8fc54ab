import { lazy, Suspense, type ComponentProps } from 'react';

// The records table is only needed once a view or query has answered.
const load = () => import('./results-pane.tsx');
const ResultsPane = lazy(async () => ({ default: (await load()).ResultsPane }));

/** Starts fetching the table's code, so it is there by the time the answer is. */
export function preloadResultsPane(): void {
  void load();
}

/** ResultsPane, loaded on first use; meanwhile an empty pane in the same place. */
export function LazyResultsPane(props: ComponentProps<typeof ResultsPane>) {
  return (
    <Suspense fallback={<section className="results" aria-label="Records" aria-busy="true" />}>
      <ResultsPane {...props} />
    </Suspense>
  );
}
