import { lazyComponent, PanelLoading } from '../../../shared/lazy-component.tsx';

// Only needed once the Sources tab opens (or a quote's "In the article" link is followed).
export const LazySourcesPanel = lazyComponent(
  async () => (await import('./sources-panel.tsx')).SourcesPanel,
  () => <PanelLoading />,
);
