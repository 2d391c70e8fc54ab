import { useEffect } from 'react';
import { writeExploration, type ExplorationState } from '../../lib/exploration/exploration-url.ts';

/** The address follows the exploration this long after its last change, in ms. */
const URL_DEBOUNCE_MS = 250;

/**
 * Keeps the exploration's `x-…` keys in the address bar, replacing the current history entry
 * (a filter is not a page to go Back to), a moment after the last change; the rest of the address
 * (a view and its parameters) is left as it is.
 */
export function useExplorationUrl(exploration: ExplorationState): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      const { pathname, search, hash } = window.location;
      // Separators read better bare; ids that contain them were escaped by writeExploration.
      const query = writeExploration(new URLSearchParams(search), exploration)
        .toString()
        .replace(/%2C/g, ',')
        .replace(/%7E/g, '~');
      const next = `${pathname}${query ? `?${query}` : ''}${hash}`;
      if (next !== `${pathname}${search}${hash}`) {
        window.history.replaceState(window.history.state, '', next);
      }
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [exploration]);
}
