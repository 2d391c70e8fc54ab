import { useEffect, useRef } from 'react';
import './context-menu.css';
import type { NodeMenu } from '../../../lib/node-menu.ts';

interface NodeContextMenuProps {
  menu: NodeMenu;
  caption: string;
  onDetails: (id: string) => void;
  onExpand: (id: string) => void;
  onPathFrom: (id: string) => void;
  onPathTo: (id: string) => void;
  onClose: () => void;
}

/** Room the menu needs; near the canvas's right or bottom edge it opens the other way. */
const MENU_WIDTH = 200;
const MENU_HEIGHT = 190;

/** What can be done with a right-clicked entity: details, expansion and paths. */
export function NodeContextMenu(props: NodeContextMenuProps) {
  const { menu, caption, onClose } = props;
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    box.current?.querySelector('button')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menu, onClose]);

  const item = (label: string, testId: string, act: (id: string) => void) => (
    <button
      type="button"
      role="menuitem"
      className="context-menu__item"
      data-testid={testId}
      onClick={() => {
        onClose();
        act(menu.id);
      }}
    >
      {label}
    </button>
  );

  return (
    <div
      ref={box}
      className="popup context-menu"
      role="menu"
      aria-label={`Actions for ${caption}`}
      data-testid="node-context-menu"
      style={{
        left: menu.x + MENU_WIDTH > menu.width ? Math.max(0, menu.x - MENU_WIDTH) : menu.x,
        top: menu.y + MENU_HEIGHT > menu.height ? Math.max(0, menu.y - MENU_HEIGHT) : menu.y,
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onClose();
      }}
    >
      <p className="context-menu__title">{caption}</p>
      {item('Show details', 'context-details', props.onDetails)}
      {item('Expand neighbours', 'context-expand', props.onExpand)}
      {item('Path from here…', 'context-path-from', props.onPathFrom)}
      {item('Path to here…', 'context-path-to', props.onPathTo)}
    </div>
  );
}
