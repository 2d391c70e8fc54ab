import { lazyComponent } from '../../../shared/lazy-component.tsx';

// Only needed once several entities are selected.
export const LazySelectionSummary = lazyComponent(
  async () => (await import('./selection-summary.tsx')).SelectionSummary,
);
