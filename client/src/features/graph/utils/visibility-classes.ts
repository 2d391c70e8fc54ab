import type cytoscape from 'cytoscape';

/** What the filters leave visible, by id; everything else gets the `filtered` class. */
export interface CanvasVisibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * Hides what is not in `visible` and shows what is, in one batch: a class toggle, no element is
 * added or removed, so filtering is instant and never asks the server for anything.
 */
export function applyVisibility(cy: cytoscape.Core, visible: CanvasVisibility): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('filtered', !visible.nodes.has(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('filtered', !visible.edges.has(edge.id()));
    });
  });
}
