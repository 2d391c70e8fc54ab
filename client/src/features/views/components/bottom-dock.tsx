import type { ReactNode } from 'react';
import { useDockHeight } from '../hooks/use-dock-height.ts';
import './bottom-dock.css';

interface BottomDockProps {
  /** Nothing to show: kept in the page (hidden) so the editor keeps its text. */
  hidden: boolean;
  /** The result has no graph part: the table takes the room and the canvas shrinks to a strip. */
  tableFocus: boolean;
  children: ReactNode;
}

/**
 * The dock under the canvas holding the workbench and the records, side by side. Its top edge
 * is dragged (or moved with the arrow keys) to share the height with the graph.
 */
export function BottomDock({ hidden, tableFocus, children }: BottomDockProps) {
  const { height, handle } = useDockHeight();
  return (
    <section
      className={tableFocus ? 'dock dock--focus' : 'dock'}
      style={tableFocus ? undefined : { height }}
      hidden={hidden}
      aria-label="Workbench and records"
    >
      {!tableFocus && (
        <div
          className="dock__handle"
          role="separator"
          aria-orientation="horizontal"
          aria-label="Resize the records and workbench"
          aria-valuenow={height}
          tabIndex={0}
          title="Drag to resize"
          {...handle}
        />
      )}
      <div className="dock__panes">{children}</div>
    </section>
  );
}
