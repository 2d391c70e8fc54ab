import type cytoscape from 'cytoscape';
import { useEffect } from 'react';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { LargeGraphEngine } from '../large/large-graph-engine.ts';

/**
 * Mirrors the selection (one or many elements, by id) onto the graph: they are selected, their
 * neighbourhood stays bright with edge labels showing, and the rest fades. Reapplied when
 * elements change, so newcomers fade too. In a large graph the overview layer does the fading
 * (a class on tens of thousands of elements would take seconds) and Cytoscape draws the
 * selection's neighbourhood.
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
      cy.batch(() => {
        cy.$('.highlighted').removeClass('highlighted');
        let target = cy.collection();
        for (const id of selected) target = target.union(cy.getElementById(id));
        cy.$(':selected').difference(target).unselect();
        target.select();
        target.nodes().connectedEdges().union(target.edges()).addClass('highlighted');
      });
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
