import { lazyComponent, PanelLoading } from '../../../shared/lazy-component.tsx';

// The panel (forms, entity picker) is only needed once the Views tab is open; keeping it out
// of the first chunk keeps the page's first paint quick.
export const LazyViewsPanel = lazyComponent(
  async () => (await import('./views-panel.tsx')).ViewsPanel,
  () => <PanelLoading text="Loading views…" />,
);
