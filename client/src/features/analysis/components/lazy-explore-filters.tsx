import { lazy, Suspense } from 'react';
import type { CommunitySummary } from '../utils/community-colours.ts';
import type { ExploreFiltersProps } from './explore-filters.tsx';

// Below the legend, out of sight at first: they need not hold up the first paint.
const ExploreFilters = lazy(async () => ({
  default: (await import('./explore-filters.tsx')).ExploreFilters,
}));
const CommunityLegend = lazy(async () => ({
  default: (await import('./explore-filters.tsx')).CommunityLegend,
}));

/** The relationship and amount filters, loaded just after the page. */
export function LazyExploreFilters(props: ExploreFiltersProps) {
  return (
    <Suspense fallback={null}>
      <ExploreFilters {...props} />
    </Suspense>
  );
}

/** The community legend, loaded with the filters. */
export function LazyCommunityLegend({ communities }: { communities: CommunitySummary[] }) {
  return (
    <Suspense fallback={null}>
      <CommunityLegend communities={communities} />
    </Suspense>
  );
}
