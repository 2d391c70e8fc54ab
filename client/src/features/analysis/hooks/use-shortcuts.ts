import { useEffect, useEffectEvent } from 'react';
import { shortcutFor, type ShortcutId } from '../utils/shortcuts.ts';

/** True when typing there must not trigger shortcuts. */
function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * Calls `onShortcut` for the page's keyboard shortcuts (see shortcutFor), except while typing in
 * a field or while a modal dialog is open (it owns the keyboard, Esc included).
 */
export function useShortcuts(onShortcut: (id: ShortcutId) => void): void {
  const handle = useEffectEvent(onShortcut);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inField(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const id = shortcutFor(event);
      if (!id) return;
      event.preventDefault();
      handle(id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
