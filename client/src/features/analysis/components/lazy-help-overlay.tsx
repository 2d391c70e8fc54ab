import { lazy, Suspense } from 'react';

const HelpOverlay = lazy(async () => ({
  default: (await import('./help-overlay.tsx')).HelpOverlay,
}));

/** The shortcuts overlay, loaded the first time it opens. */
export function LazyHelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <HelpOverlay onClose={onClose} />
    </Suspense>
  );
}
