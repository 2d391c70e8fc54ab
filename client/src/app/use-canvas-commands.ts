import { useCallback, type RefObject } from 'react';
import type { Exploration } from '../lib/exploration/exploration.ts';
import { useShortcuts } from '../features/analysis/hooks/use-shortcuts.ts';
import type { Position } from '../lib/exploration/exploration-url.ts';
import {
  othersThan,
  pickSelection,
  selectedEntities,
} from '../features/analysis/utils/selection-actions.ts';
import type { ShortcutId } from '../features/analysis/utils/shortcuts.ts';
import type { VisibleSet } from '../features/analysis/utils/visibility.ts';
import type { CanvasPick } from '../features/graph/view/graph-view.ts';
import type { GraphCanvasHandle } from '../lib/canvas-handle.ts';
import { layoutIdOf, nextLayout } from '../features/graph/utils/layout-choices.ts';

/** What the canvas, its toolbar and the keyboard can do to the exploration. */
export interface CanvasCommands {
  hideSelected: () => void;
  hideOthers: () => void;
  showAll: () => void;
  expandSelected: () => Promise<void>;
  collapseSelected: () => void;
  unpinSelected: () => void;
  /** Shows what is drawn as tables in place of the graph, or the graph again. */
  toggleTable: () => void;
  /** The selection is one expanded entity. */
  canCollapse: boolean;
  /** Some selected entity is pinned. */
  canUnpin: boolean;
  /** Something is hidden by hand or by a filter. */
  anythingHidden: boolean;
  onPick: (pick: CanvasPick) => void;
  onBoxSelect: (ids: string[]) => void;
  onPin: (positions: Record<string, Position>) => void;
  onPositions: (positions: Record<string, Position>) => void;
}

/**
 * The canvas actions, for the toolbar, the multi-selection panel, the canvas's pointer events and
 * the keyboard shortcuts (which this registers), each one exploration action (an undo step).
 */
export function useCanvasCommands(
  exploration: Exploration,
  visible: VisibleSet,
  canvas: RefObject<GraphCanvasHandle | null>,
  openHelp: () => void,
): CanvasCommands {
  const { state, graph, dispatch, expand, collapse } = exploration;
  const { selection, expanded, pinned } = state;
  const hideSelected = () => {
    if (selection.length > 0) dispatch({ type: 'hide', ids: selection });
  };
  const hideOthers = () => {
    const keep = selectedEntities(selection, graph);
    const others = othersThan(keep, graph).filter((id) => visible.nodes.has(id));
    if (keep.length > 0 && others.length > 0) dispatch({ type: 'hide', ids: others });
  };
  const showAll = () => dispatch({ type: 'show-all' });
  const expandSelected = async () => {
    for (const id of selection.filter((candidate) => graph.nodes.has(candidate))) {
      await expand(id);
    }
  };
  const single = selection.length === 1 ? selection[0]! : null;
  const canCollapse = single !== null && expanded.includes(single);
  const collapseSelected = () => {
    if (single !== null && canCollapse) collapse(single);
  };
  const pinnedSelected = selection.filter((id) => pinned.includes(id));
  const unpinSelected = () => {
    if (pinnedSelected.length > 0) dispatch({ type: 'unpin', ids: pinnedSelected });
  };
  const toggleTable = () =>
    dispatch({ type: 'set-display', display: state.display === 'table' ? undefined : 'table' });
  const anythingHidden =
    visible.nodes.size < graph.nodes.size || visible.edges.size < graph.edges.size;

  const onPick = useCallback(
    ({ id, additive }: CanvasPick) =>
      dispatch({ type: 'select', ids: pickSelection(selection, id, additive) }),
    [dispatch, selection],
  );
  const onBoxSelect = useCallback(
    (ids: string[]) => dispatch({ type: 'select', ids: [...new Set([...selection, ...ids])] }),
    [dispatch, selection],
  );
  const onPin = useCallback(
    (positions: Record<string, Position>) => dispatch({ type: 'pin', positions }),
    [dispatch],
  );
  const onPositions = useCallback(
    (positions: Record<string, Position>) => dispatch({ type: 'set-positions', positions }),
    [dispatch],
  );

  const actions: Record<ShortcutId, () => void> = {
    'hide-selected': hideSelected,
    'hide-others': hideOthers,
    'show-all': showAll,
    'expand-selected': () => void expandSelected(),
    'collapse-selected': collapseSelected,
    'unpin-selected': unpinSelected,
    fit: () => canvas.current?.fit(),
    'toggle-table': toggleTable,
    'cycle-layout': () =>
      dispatch({ type: 'set-layout', layout: nextLayout(layoutIdOf(state.layout)) }),
    'clear-selection': () => dispatch({ type: 'select', ids: [] }),
    help: openHelp,
    undo: exploration.undo,
    redo: exploration.redo,
  };
  useShortcuts((id) => actions[id]());

  return {
    hideSelected,
    hideOthers,
    showAll,
    expandSelected,
    collapseSelected,
    unpinSelected,
    toggleTable,
    canCollapse,
    canUnpin: pinnedSelected.length > 0,
    anythingHidden,
    onPick,
    onBoxSelect,
    onPin,
    onPositions,
  };
}
