// cytoscape-fcose ships no types; this covers the options the explorer uses.
declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';

  /** Keep two nodes apart along one axis; `gap` is the distance between their borders. */
  export type RelativePlacement =
    { left: string; right: string; gap?: number } | { top: string; bottom: string; gap?: number };

  /** Options of `cy.layout({ name: 'fcose', … })` (see the extension's README). */
  export interface FcoseLayoutOptions extends cytoscape.BaseLayoutOptions {
    name: 'fcose';
    quality?: 'draft' | 'default' | 'proof';
    randomize?: boolean;
    animate?: boolean;
    animationDuration?: number;
    animationEasing?: cytoscape.Css.TransitionTimingFunction;
    fit?: boolean;
    padding?: number;
    nodeDimensionsIncludeLabels?: boolean;
    uniformNodeDimensions?: boolean;
    packComponents?: boolean;
    samplingType?: boolean;
    sampleSize?: number;
    nodeSeparation?: number;
    nodeRepulsion?: number | ((node: cytoscape.NodeSingular) => number);
    idealEdgeLength?: number | ((edge: cytoscape.EdgeSingular) => number);
    edgeElasticity?: number | ((edge: cytoscape.EdgeSingular) => number);
    numIter?: number;
    tile?: boolean;
    gravity?: number;
    gravityRange?: number;
    initialEnergyOnIncremental?: number;
    fixedNodeConstraint?: { nodeId: string; position: cytoscape.Position }[];
    alignmentConstraint?: { vertical?: string[][]; horizontal?: string[][] };
    relativePlacementConstraint?: RelativePlacement[];
  }

  const fcose: cytoscape.Ext;
  export default fcose;
}
