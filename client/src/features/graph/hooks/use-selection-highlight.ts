import type cytoscape from 'cytoscape';
import { useEffect } from 'react';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';

/**
 * Mirrors the selection onto the graph: the element is selected, its neighbourhood stays bright
 * with edge labels showing, and the rest fades. Reapplied when elements change, so newcomers
 * fade too.
 */
export function useSelectionHighlight(
  cy: cytoscape.Core | null,
  selection: Selection | null,
  graph: GraphModel,
): void {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted');
      const target = selection ? cy.getElementById(selection.id) : cy.collection();
      cy.elements(':selected').difference(target).unselect();
      if (target.empty()) return;
      target.select();
      const focusEdges = target.isNode() ? target.connectedEdges() : target;
      const keep = focusEdges.union(focusEdges.connectedNodes()).union(target);
      cy.elements().difference(keep).addClass('faded');
      focusEdges.addClass('highlighted');
    });
  }, [cy, selection, graph]);
}
