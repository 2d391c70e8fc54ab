import { useCallback, type KeyboardEvent } from 'react';
import type { Point } from '../../../lib/point.ts';
import type { CanvasPick, GraphView } from '../view/graph-view.ts';
import { canvasKeyAction, nearestInDirection, nearestTo } from './keyboard-walk.ts';

/** Room kept between a node reached by keys and the canvas edge before the view follows it. */
const EDGE_MARGIN = 24;

interface CanvasKeysInput {
  view: GraphView | null;
  /** The drawing's box, for its size. */
  surface: HTMLElement | null;
  visibleNodes: ReadonlySet<string>;
  selected: readonly string[];
  onPick: (pick: CanvasPick) => void;
}

/**
 * The focused canvas's keys: arrows move the selection to the nearest entity on that side (the
 * one nearest the middle when nothing is selected), Enter brings the selected entity to the
 * middle (or selects the one there), + and - zoom, Home fits. Expanding (E) and clearing (Esc)
 * are the page's shortcuts and work here too.
 */
export function useCanvasKeys(input: CanvasKeysInput): (event: KeyboardEvent) => void {
  const { view, surface, visibleNodes, selected, onPick } = input;
  return useCallback(
    (event: KeyboardEvent) => {
      const action = canvasKeyAction(event);
      const box = surface;
      if (!action || !view || !box) return;
      event.preventDefault();
      if (action.kind === 'zoom') return view.zoomBy(action.factor);
      if (action.kind === 'fit') return view.fit();
      const middle: Point = { x: box.clientWidth / 2, y: box.clientHeight / 2 };
      const candidates = [...visibleNodes].flatMap((id) => {
        const at = view.renderedPositionOf(id);
        return at ? [{ id, at }] : [];
      });
      const current = selected.length === 1 ? candidates.find((c) => c.id === selected[0]) : null;
      if (action.kind === 'open') {
        if (current) return view.focus(current.id);
        const chosen = nearestTo(middle, candidates);
        if (chosen) onPick({ id: chosen, additive: false });
        return;
      }
      const next = current
        ? nearestInDirection(current.at, candidates, action.direction)
        : nearestTo(middle, candidates);
      if (!next) return;
      onPick({ id: next, additive: false });
      const at = candidates.find((c) => c.id === next)!.at;
      const outside =
        at.x < EDGE_MARGIN ||
        at.y < EDGE_MARGIN ||
        at.x > box.clientWidth - EDGE_MARGIN ||
        at.y > box.clientHeight - EDGE_MARGIN;
      if (outside) view.focus(next);
    },
    [view, surface, visibleNodes, selected, onPick],
  );
}
