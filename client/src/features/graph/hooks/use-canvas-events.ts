import type cytoscape from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';

/** What a click on the graph asks for. */
export interface CanvasPick {
  /** The element clicked, or null for empty space. */
  id: string | null;
  /** Shift, Ctrl or Cmd was held: add to (or take from) the selection instead of replacing it. */
  additive: boolean;
}

/** Handlers for what a person does with the pointer on the graph. */
export interface CanvasEventHandlers {
  onPick: (pick: CanvasPick) => void;
  /** A Shift-drag box was drawn around these nodes. */
  onBoxSelect: (ids: string[]) => void;
  onExpand: (nodeId: string) => void;
}

function additive(event: cytoscape.EventObject): boolean {
  const original = event.originalEvent as MouseEvent | undefined;
  return Boolean(original && (original.shiftKey || original.ctrlKey || original.metaKey));
}

/**
 * Wires pointer events on the graph: a click picks a node or edge (on empty space, clears),
 * Shift/Ctrl/Cmd-click adds to the selection, Shift-drag draws a selection box, a double-click on
 * a node picks it and asks to expand it, hover lights up an element and its edges.
 *
 * While no panel is open, a plain click picks only once Cytoscape knows it was not the first half
 * of a double-click ('onetap'): opening the panel narrows the canvas, and the second click of a
 * double-click must land on the same node. With a panel open, clicks act at once.
 */
export function useCanvasEvents(
  cy: cytoscape.Core | null,
  panelOpen: boolean,
  handlers: CanvasEventHandlers,
  /** False when someone else reports box selections (the large-graph engine, from its grid). */
  boxes = true,
): void {
  const pick = useEffectEvent(handlers.onPick);
  const boxSelect = useEffectEvent(handlers.onBoxSelect);
  const expand = useEffectEvent(handlers.onExpand);
  const pickAtOnce = useEffectEvent((id: string, isAdditive: boolean) => {
    if (panelOpen || isAdditive) handlers.onPick({ id, additive: isAdditive });
  });

  useEffect(() => {
    if (!cy) return;
    const container = cy.container();
    const setCursor = (cursor: string) => {
      if (container) container.style.cursor = cursor;
    };
    const onTap = (event: cytoscape.EventObject) => {
      const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
      if (target === cy) return pick({ id: null, additive: additive(event) });
      pickAtOnce((target as cytoscape.SingularElementReturnValue).id(), additive(event));
    };
    const onSingleTap = (event: cytoscape.EventObject) => {
      const target = event.target as cytoscape.Core | cytoscape.SingularElementReturnValue;
      if (target === cy || additive(event)) return;
      pick({ id: (target as cytoscape.SingularElementReturnValue).id(), additive: false });
    };
    const onDoubleTap = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      pick({ id: node.id(), additive: false });
      expand(node.id());
    };
    // Cytoscape announces the end of a box before it selects what the box holds.
    let boxed: string[] = [];
    const onBox = (event: cytoscape.EventObject) => {
      boxed.push((event.target as cytoscape.NodeSingular).id());
    };
    const onBoxEnd = () => {
      boxed = [];
      queueMicrotask(() => {
        if (boxed.length > 0) boxSelect(boxed);
      });
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
    if (boxes) {
      cy.on('box', 'node', onBox);
      cy.on('boxend', onBoxEnd);
    }
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    return () => {
      cy.off('tap', onTap);
      cy.off('onetap', onSingleTap);
      cy.off('dbltap', 'node', onDoubleTap);
      cy.off('box', 'node', onBox);
      cy.off('boxend', onBoxEnd);
      cy.off('mouseover', 'node, edge', onOver);
      cy.off('mouseout', 'node, edge', onOut);
    };
  }, [cy, boxes]);
}
