import { useCallback, useId } from 'react';
import { SHORTCUTS } from '../utils/shortcut-list.ts';
import './help-overlay.css';

/**
 * The keyboard shortcuts, in a modal dialog: focus moves in and stays (the page behind is inert),
 * Esc or the button closes it.
 */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const headingId = useId();
  const attach = useCallback((dialog: HTMLDialogElement | null) => {
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={attach}
      className="dialog help-overlay"
      data-testid="help-overlay"
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <div className="dialog__header">
        <h2 id={headingId}>Keyboard shortcuts</h2>
        <p className="muted">
          Anywhere outside text fields; the graph's own keys once Tab has brought the focus to it.
          Shift-drag draws a selection box.
        </p>
      </div>
      <dl className="help-overlay__list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.id} className="help-overlay__row">
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && (shortcut.keys.length > 1 && key !== 'Delete' ? '+' : ' or ')}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
