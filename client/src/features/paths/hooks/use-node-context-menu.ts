import type cytoscape from 'cytoscape';
import { useCallback, useEffect, useState } from 'react';

/** A right-clicked entity and where, in pixels from the canvas's top left corner. */
export interface NodeMenu {
  id: string;
  x: number;
  y: number;
  /** The canvas's size, so the menu can open leftwards or upwards near an edge. */
  width: number;
  height: number;
}

/**
 * The entity a right-click (or a long press) on the canvas opened a menu for. Clicking anywhere
 * on the graph, panning or zooming closes it.
 */
export function useNodeContextMenu(cy: cytoscape.Core | null): {
  menu: NodeMenu | null;
  close: () => void;
} {
  const [menu, setMenu] = useState<NodeMenu | null>(null);
  const close = useCallback(() => setMenu(null), []);

  useEffect(() => {
    if (!cy) return;
    const open = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      const { x, y } = event.renderedPosition;
      setMenu({ id: node.id(), x, y, width: cy.width(), height: cy.height() });
    };
    const dismiss = () => setMenu(null);
    cy.on('cxttap', 'node', open);
    cy.on('tap viewport', dismiss);
    return () => {
      cy.off('cxttap', 'node', open);
      cy.off('tap viewport', dismiss);
      setMenu(null);
    };
  }, [cy]);

  return { menu, close };
}
