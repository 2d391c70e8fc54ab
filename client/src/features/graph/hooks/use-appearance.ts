import type cytoscape from 'cytoscape';
import { useEffect } from 'react';
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
 * are added, so newcomers get their look too.
 */
export function useAppearance(
  cy: cytoscape.Core | null,
  appearance: NodeAppearance,
  theme: Theme,
  graph: unknown,
): void {
  const { sizes, tints } = appearance;
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const size = sizes?.get(node.id());
        if (size === undefined) node.removeData('size');
        else node.data('size', size);
        const tint = tints?.get(node.id());
        if (tint === undefined) node.removeData('tint tintInk');
        else node.data({ tint: tint.color, tintInk: tint.ink });
      });
    });
  }, [cy, sizes, tints, graph]);

  useEffect(() => {
    if (!cy) return;
    cy.style(graphStyle(theme) as unknown as cytoscape.StylesheetJson);
  }, [cy, theme]);
}
