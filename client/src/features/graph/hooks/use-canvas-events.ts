import type cytoscape from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';
import type { Selection } from '../../../lib/selection.ts';

function selectionOf(element: { isNode(): boolean; id(): string }): Selection {
  return { type: element.isNode() ? 'node' : 'edge', id: element.id() };
}

/**
 * Wires pointer events on the graph: a click selects a node or edge (on empty space, clears),
 * a double-click on a node selects it and asks to expand it, hover lights up an element and its
 * edges.
 *
 * While the details panel is closed, a click selects only once Cytoscape knows it was not the
 * first half of a double-click ('onetap'): opening the panel narrows the canvas, and the second
 * click of a double-click must land on the same node. With the panel open, clicks act at once.
 */
export function useCanvasEvents(
  cy: cytoscape.Core | null,
  panelOpen: boolean,
  onSelect: (selection: Selection | null) => void,
  onExpand: (nodeId: string) => void,
): void {
  const select = useEffectEvent(onSelect);
  const expand = useEffectEvent(onExpand);
  const selectAtOnce = useEffectEvent((element: cytoscape.SingularElementReturnValue) => {
    if (panelOpen) onSelect(selectionOf(element));
  });

  useEffect(() => {
    if (!cy) return;
    const container = cy.container();
    const setCursor = (cursor: string) => {
      if (container) container.style.cursor = cursor;
    };
    const onTap = (event: cytoscape.EventObject) => {
      const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
      if (target === cy) return select(null);
      selectAtOnce(target as cytoscape.SingularElementReturnValue);
    };
    const onSingleTap = (event: cytoscape.EventObject) => {
      const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
      if (target !== cy) select(selectionOf(target as cytoscape.SingularElementReturnValue));
    };
    const onDoubleTap = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      select(selectionOf(node));
      expand(node.id());
    };
    const onOver = (event: cytoscape.EventObject) => {
      const element = event.target as cytoscape.SingularElementReturnValue;
      element.addClass('hover');
      if (element.isNode()) element.connectedEdges().addClass('hover');
      setCursor('pointer');
    };
    const onOut = (event: cytoscape.EventObject) => {
      const element = event.target as cytoscape.SingularElementReturnValue;
      element.removeClass('hover');
      if (element.isNode()) element.connectedEdges().removeClass('hover');
      setCursor('');
    };
    cy.on('tap', onTap);
    cy.on('onetap', onSingleTap);
    cy.on('dbltap', 'node', onDoubleTap);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    return () => {
      cy.off('tap', onTap);
      cy.off('onetap', onSingleTap);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('mouseover', 'node, edge', onOver);
      cy.off('mouseout', 'node, edge', onOut);
    };
  }, [cy]);
}
