import { lazyComponent } from '../../../shared/lazy-component.tsx';

// Below the legend, out of sight at first: they need not hold up the first paint. The community
// legend comes in the same chunk.
export const LazyExploreFilters = lazyComponent(
  async () => (await import('./explore-filters.tsx')).ExploreFilters,
);
export const LazyCommunityLegend = lazyComponent(
  async () => (await import('./explore-filters.tsx')).CommunityLegend,
);
