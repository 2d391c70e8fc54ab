import { useEffect, useEffectEvent } from 'react';
import type { GraphNotice as Notice } from '../../../lib/explorer-content.ts';

/** Plain information goes away by itself after this long; warnings and errors wait for a click. */
const INFO_LIFETIME_MS = 6000;

/** A dismissible one-line message at the top of the canvas (expansions, truncation). */
export function GraphNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const dismiss = useEffectEvent(onDismiss);
  useEffect(() => {
    if (notice.tone !== 'info') return;
    const timer = setTimeout(dismiss, INFO_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <div
      className={`graph-notice graph-notice--${notice.tone}`}
      data-testid="graph-notice"
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
