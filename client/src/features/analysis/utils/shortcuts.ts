/** Everything the keyboard can do on the canvas. */
export type ShortcutId =
  | 'hide-selected'
  | 'hide-others'
  | 'show-all'
  | 'expand-selected'
  | 'collapse-selected'
  | 'unpin-selected'
  | 'fit'
  | 'cycle-layout'
  | 'toggle-table'
  | 'clear-selection'
  | 'help'
  | 'undo'
  | 'redo';

/** The parts of a key event a shortcut depends on. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The shortcut a key press means, or null. Letters work in either case; Ctrl or Cmd only go with
 * undo and redo, so the browser's own Ctrl shortcuts stay theirs.
 */
export function shortcutFor(press: KeyPress): ShortcutId | null {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (press.altKey) return null;
  if (press.ctrlKey || press.metaKey) {
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  }
  if (key === '?') return 'help';
  if (key === 'Escape') return 'clear-selection';
  if (key === 'Delete' || key === 'Backspace') return 'hide-selected';
  if (key === 'h') return press.shiftKey ? 'hide-others' : 'hide-selected';
  if (press.shiftKey) return null;
  const plain: Record<string, ShortcutId> = {
    a: 'show-all',
    e: 'expand-selected',
    c: 'collapse-selected',
    u: 'unpin-selected',
    f: 'fit',
    l: 'cycle-layout',
    t: 'toggle-table',
  };
  return plain[key] ?? null;
}
