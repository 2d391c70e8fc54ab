import { lazy, Suspense, type ComponentProps } from 'react';

const SelectionSummary = lazy(async () => ({
  default: (await import('./selection-summary.tsx')).SelectionSummary,
}));

/** The multi-selection panel, loaded the first time more than one element is selected. */
export function LazySelectionSummary(props: ComponentProps<typeof SelectionSummary>) {
  return (
    <Suspense fallback={null}>
      <SelectionSummary {...props} />
    </Suspense>
  );
}
