import type cytoscape from 'cytoscape';
import { useEffect } from 'react';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { LargeGraphEngine } from '../large/large-graph-engine.ts';

/**
 * Mirrors the selection (one or many elements, by id) onto the graph: they are selected, their
 * neighbourhood stays bright with edge labels showing, and the rest fades. Reapplied when
 * elements change, so newcomers fade too. A large graph's engine does the same for the window
 * Cytoscape holds, and its overview layer fades the rest.
 */
export function useSelectionHighlight(
  cy: cytoscape.Core | null,
  selected: readonly string[],
  graph: GraphModel,
  large: LargeGraphEngine | null = null,
): void {
  useEffect(() => {
    if (!cy) return;
    if (large) {
      large.setSelection(selected);
      return;
    }
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
  }, [cy, selected, graph, large]);
}
