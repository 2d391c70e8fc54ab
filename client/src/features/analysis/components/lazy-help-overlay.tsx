import { lazyComponent } from '../../../shared/lazy-component.tsx';

// Only needed once someone asks for help.
export const LazyHelpOverlay = lazyComponent(
  async () => (await import('./help-overlay.tsx')).HelpOverlay,
);
