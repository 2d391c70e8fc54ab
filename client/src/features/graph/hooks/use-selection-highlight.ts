import type cytoscape from 'cytoscape';
import { useEffect } from 'react';
import type { GraphModel } from '../../../lib/graph-model.ts';

/**
 * Mirrors the selection (one or many elements, by id) onto the graph: they are selected, their
 * neighbourhood stays bright with edge labels showing, and the rest fades. Reapplied when
 * elements change, so newcomers fade too.
 */
export function useSelectionHighlight(
  cy: cytoscape.Core | null,
  selected: readonly string[],
  graph: GraphModel,
): void {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted');
      let target = cy.collection();
      for (const id of selected) target = target.union(cy.getElementById(id));
      cy.elements(':selected').difference(target).unselect();
      if (target.empty()) return;
      target.select();
      const focusEdges = target.nodes().connectedEdges().union(target.edges());
      const keep = focusEdges.union(focusEdges.connectedNodes()).union(target);
      cy.elements().difference(keep).addClass('faded');
      focusEdges.addClass('highlighted');
    });
  }, [cy, selected, graph]);
}
