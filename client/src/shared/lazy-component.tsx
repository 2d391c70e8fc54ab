import { lazy, Suspense, type ComponentType, type JSX, type ReactNode } from 'react';

/** A component whose code is fetched on first render (or on `preload()`). */
export type LazyComponent<P extends object> = ((props: P) => JSX.Element) & {
  /** Starts fetching the code now, so it is there by the time it is needed. */
  preload: () => void;
};

/**
 * A component loaded on demand from its own chunk: `load` fetches it (and anything to fetch in
 * parallel beside it), `fallback` shows in its place meanwhile, given the same props.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => (loading ??= load());
  const Loaded = lazy(async () => ({ default: await start() }));
  const Lazy = (props: P) => (
    <Suspense fallback={fallback(props)}>
      <Loaded {...props} />
    </Suspense>
  );
  return Object.assign(Lazy, { preload: () => void start() });
}

/** A panel's quiet "Loading…" line while its code arrives. */
export function PanelLoading({ text = 'Loading…' }: { text?: string }) {
  return (
    <p className="panel__status" role="status">
      <span className="spinner" aria-hidden="true" /> {text}
    </p>
  );
}
