import type cytoscape from 'cytoscape';
import { useEffect } from 'react';
import type { LargeGraphEngine } from '../large/large-graph-engine.ts';
import { graphStyle, type Theme } from '../utils/graph-style.ts';

/** How nodes look beyond their kind: sizes and fills the analysis computed, and the theme. */
export interface NodeAppearance {
  /** Diameter per node id; null leaves the stylesheet's default (by degree on the whole graph). */
  sizes: ReadonlyMap<string, number> | null;
  /** Fill and outline per node id; null leaves the kind colours. */
  tints: ReadonlyMap<string, { color: string; ink: string }> | null;
}

/**
 * Applies sizes and tints as node data in one batch (the stylesheet maps `size` and `tint`), and
 * swaps the stylesheet when the theme changes. `graph` is any value that changes when elements
 * are added, so newcomers get their look too. Nodes whose look does not change are not touched:
 * on a large graph, rewriting every node's data would restyle tens of thousands of elements.
 * A large graph's overview layer gets the same look from `large`.
 */
export function useAppearance(
  cy: cytoscape.Core | null,
  appearance: NodeAppearance,
  theme: Theme,
  graph: unknown,
  large: LargeGraphEngine | null = null,
): void {
  const { sizes, tints } = appearance;
  useEffect(() => {
    if (!cy) return;
    large?.setAppearance(sizes, tints);
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
  }, [cy, sizes, tints, graph, large]);

  useEffect(() => {
    if (!cy) return;
    cy.style(graphStyle(theme, large !== null) as unknown as cytoscape.StylesheetJson);
    large?.setTheme(theme);
  }, [cy, theme, large]);
}
