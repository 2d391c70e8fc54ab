import type { ShortcutId } from './shortcuts.ts';

/** Keys the graph itself answers while it has the focus (Tab to it). */
type CanvasKey = 'canvas-walk' | 'canvas-open' | 'canvas-zoom' | 'canvas-fit' | 'table-walk';

/** The shortcuts as the help overlay lists them, in its order. */
export const SHORTCUTS: readonly {
  id: ShortcutId | 'search' | CanvasKey;
  keys: string[];
  does: string;
}[] = [
  { id: 'search', keys: ['/'], does: 'Search by name' },
  { id: 'hide-selected', keys: ['H', 'Delete'], does: 'Hide the selection' },
  { id: 'hide-others', keys: ['Shift', 'H'], does: 'Hide everything but the selection' },
  { id: 'show-all', keys: ['A'], does: 'Show everything again (clears filters)' },
  { id: 'expand-selected', keys: ['E'], does: 'Expand the selected entities' },
  { id: 'collapse-selected', keys: ['C'], does: 'Collapse the selected expanded entity' },
  { id: 'unpin-selected', keys: ['U'], does: 'Unpin the selected entities' },
  { id: 'fit', keys: ['F'], does: 'Fit the graph in view' },
  { id: 'cycle-layout', keys: ['L'], does: 'Next layout' },
  {
    id: 'toggle-table',
    keys: ['T'],
    does: 'Show what is drawn as tables, or the graph again (same filters and selection)',
  },
  { id: 'undo', keys: ['Ctrl', 'Z'], does: 'Undo' },
  { id: 'redo', keys: ['Ctrl', 'Shift', 'Z'], does: 'Redo (also Ctrl+Y)' },
  { id: 'clear-selection', keys: ['Esc'], does: 'Clear the selection, close this help' },
  { id: 'help', keys: ['?'], does: 'Show these shortcuts' },
  {
    id: 'canvas-walk',
    keys: ['← → ↑ ↓'],
    does: 'Graph focused: select the nearest entity that way',
  },
  {
    id: 'canvas-open',
    keys: ['Enter'],
    does: 'Graph focused: bring the selected entity to the middle',
  },
  { id: 'canvas-zoom', keys: ['+ or −'], does: 'Graph focused: zoom in or out' },
  { id: 'canvas-fit', keys: ['Home'], does: 'Graph focused: fit it in view' },
  {
    id: 'table-walk',
    keys: ['↑ ↓ Home End'],
    does: 'Table focused: move between rows; Enter or Space selects the row',
  },
];
