import type cytoscape from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';
import type { Point } from '../utils/ring-positions.ts';

/**
 * Dragging nodes pins them: when a drag ends, `onPin` hears where each dragged node was put
 * (once per drag, however many nodes moved together). Pinned nodes carry the `pinned` class,
 * which draws their outline double.
 */
export function usePinning(
  cy: cytoscape.Core | null,
  pinned: ReadonlyMap<string, Point>,
  onPin: (positions: Record<string, Point>) => void,
): void {
  const pin = useEffectEvent(onPin);

  useEffect(() => {
    if (!cy) return;
    let dropped: Record<string, Point> | null = null;
    const onDragFree = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      // Every node of a group drag reports on its own; gather them into one pin.
      if (!dropped) {
        dropped = {};
        queueMicrotask(() => {
          if (dropped) pin(dropped);
          dropped = null;
        });
      }
      dropped[node.id()] = { ...node.position() };
    };
    cy.on('dragfree', 'node', onDragFree);
    return () => {
      cy.off('dragfree', 'node', onDragFree);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('pinned', pinned.has(node.id()));
      });
    });
  }, [cy, pinned]);
}
