import { useEffect, type RefObject } from 'react';

/**
 * Scrolls the first selected row into view whenever the selection changes (a click on the canvas,
 * a search, a link in the details), and when the tables first show. A row already in view, as
 * one just pressed is, stays where it is.
 */
export function useRevealSelected(
  body: RefObject<HTMLElement | null>,
  selected: readonly string[],
): void {
  const first = selected[0];
  useEffect(() => {
    if (first === undefined) return;
    body.current
      ?.querySelector(`tr[data-row-id="${CSS.escape(first)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [body, first]);
}
