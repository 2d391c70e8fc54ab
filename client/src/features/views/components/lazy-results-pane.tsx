import { lazyComponent } from '../../../shared/lazy-component.tsx';

// The records table is only needed once a view or query has answered; preload() fetches it
// while the answer is on its way.
export const LazyResultsPane = lazyComponent(
  async () => (await import('./results-pane.tsx')).ResultsPane,
  () => <section className="results" aria-label="Records" aria-busy="true" />,
);
