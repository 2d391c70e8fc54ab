import type cytoscape from 'cytoscape';
import type { NodeAppearance } from './graph-view.ts';

/**
 * Sizes and tints as node data in one batch (the stylesheet maps `size` and `tint`). Nodes whose
 * look does not change are not touched: rewriting data restyles the node.
 */
export function applyNodeAppearance(cy: cytoscape.Core, { sizes, tints }: NodeAppearance): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const size = sizes?.get(node.id());
      if (size === undefined) {
        if (node.data('size') !== undefined) node.removeData('size');
      } else if (node.data('size') !== size) node.data('size', size);
      const tint = tints?.get(node.id());
      if (tint === undefined) {
        if (node.data('tint') !== undefined) node.removeData('tint tintInk');
      } else if (node.data('tint') !== tint.color || node.data('tintInk') !== tint.ink) {
        node.data({ tint: tint.color, tintInk: tint.ink });
      }
    });
  });
}
