import { lazyComponent, PanelLoading } from '../../../shared/lazy-component.tsx';

// Only needed once the Paths tab opens; the entity pickers stay out of the first chunk.
export const LazyPathsPanel = lazyComponent(
  async () => (await import('./paths-panel.tsx')).PathsPanel,
  () => <PanelLoading />,
);
