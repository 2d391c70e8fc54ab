import type cytoscape from 'cytoscape';

/** Facts to bring forward on the canvas: a path, or what one sentence of the article supports. */
export interface Spotlight {
  /** Node and relationship ids; those not on the canvas are skipped. */
  ids: readonly string[];
  /** Who asked, e.g. `path:1` or `sentence:7`, so that panel can show it as active. */
  by: string;
}

/** The elements with these ids that are on the canvas, with the ends of their relationships. */
export function spotlitElements(cy: cytoscape.Core, ids: readonly string[]): cytoscape.Collection {
  let lit = cy.collection();
  for (const id of ids) lit = lit.union(cy.getElementById(id));
  return lit.union(lit.edges().connectedNodes());
}

/**
 * Selects the spotlit elements, shows their edge labels and fades everything else, with the
 * classes the graph's stylesheet already has for the selection. Returns what is lit.
 */
export function applySpotlight(cy: cytoscape.Core, ids: readonly string[]): cytoscape.Collection {
  const lit = spotlitElements(cy, ids);
  cy.batch(() => {
    cy.elements().removeClass('faded highlighted').unselect();
    lit.select();
    lit.edges().addClass('highlighted');
    cy.elements().difference(lit).addClass('faded');
  });
  return lit;
}

/** Undoes applySpotlight: nothing selected, nothing faded. */
export function clearSpotlight(cy: cytoscape.Core): void {
  cy.batch(() => {
    cy.elements().removeClass('faded highlighted').unselect();
  });
}
