import type cytoscape from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { KINDS } from '../../../lib/entity-kinds.ts';
import { campPlacementConstraints, type CampMember } from './camp-layout.ts';
import { circlePositions } from './circle-positions.ts';
import { kindClass, type NodeData } from './to-elements.ts';

/** The layouts the chooser offers, in its order; `camps` is the default. */
export const LAYOUT_CHOICES = [
  { id: 'camps', label: 'Camps', hint: 'LLM camp left, world models right, neutral below.' },
  {
    id: 'fcose',
    label: 'Force-directed',
    hint: 'Related entities pulled together, camps ignored.',
  },
  {
    id: 'concentric',
    label: 'Concentric',
    hint: 'One ring per number of relationships; hubs inside.',
  },
  { id: 'breadthfirst', label: 'Hierarchy', hint: 'Left to right, from what nothing points at.' },
  { id: 'circle', label: 'Circle', hint: 'One ring, grouped by camp, then kind.' },
] as const;

export type LayoutId = (typeof LAYOUT_CHOICES)[number]['id'];

export const DEFAULT_LAYOUT: LayoutId = 'camps';

/**
 * Whether nodes are nudged off edges after the layout. Yes for free-form layouts; no for rings
 * and columns, whose geometry is the point and where edges cross nodes by construction.
 */
export function nudgesOffEdges(id: LayoutId): boolean {
  return id === 'camps' || id === 'fcose';
}

/**
 * Settings every layout shares. Animation and fitting are not among them: LayoutRunner computes
 * positions instantly and then animates to them itself.
 */
const COMMON = {
  /** Labels take space too; without this they overlap their neighbours'. */
  nodeDimensionsIncludeLabels: true,
} as const;

/** Force-directed settings tuned for tens of nodes with wrapped labels. */
const FORCES = {
  quality: 'proof',
  /** Strong repulsion: at this size the graph can afford air between nodes. */
  nodeRepulsion: 18000,
  idealEdgeLength: 95,
  /** Separation of the spectral starting layout. */
  nodeSeparation: 110,
  /** Laying out disconnected parts side by side needs an extension the explorer skips. */
  packComponents: false,
} as const;

function campMembers(nodes: cytoscape.NodeCollection): CampMember[] {
  return nodes.map((node) => ({ id: node.id(), camp: (node.data() as NodeData).camp }));
}

/** Rim length per node on the circle, in model pixels: room for a short label. */
const CIRCLE_SPACING = 84;

/** Size of the canvas on screen, which some layouts fill. */
export interface Viewport {
  width: number;
  height: number;
}

/**
 * Options for `cy.layout()` that lay out all of `nodes` (and their edges) with the chosen
 * layout. LayoutRunner computes them unanimated and then glides the nodes into place.
 */
export function layoutOptions(
  id: LayoutId,
  nodes: cytoscape.NodeCollection,
  viewport: Viewport,
): cytoscape.LayoutOptions | FcoseLayoutOptions {
  switch (id) {
    case 'camps':
      return {
        name: 'fcose',
        ...COMMON,
        ...FORCES,
        randomize: true,
        relativePlacementConstraint: campPlacementConstraints(campMembers(nodes)),
      };
    case 'fcose':
      return { name: 'fcose', ...COMMON, ...FORCES, randomize: true };
    case 'concentric':
      return {
        name: 'concentric',
        // Rings are spaced by node size; label-sized spacing would shrink everything to dots.
        nodeDimensionsIncludeLabels: false,
        // Hubs in the middle, the periphery outside; about four rings.
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        // One ring per number of relationships: the ring a node sits on is its degree.
        levelWidth: () => 1,
        minNodeSpacing: 36,
        avoidOverlap: true,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        nodeDimensionsIncludeLabels: false,
        directed: true,
        // Start from what nothing points at: investors, founders, companies.
        roots: nodes.roots().map((node) => node.id()),
        // Left to right: levels become columns, whose labels get the width they need, and the
        // flow reads like a sentence (investor → round → company → product → technology).
        direction: 'rightward',
        // Spread over the canvas, at least 30 px of column per node so labels do not collide.
        boundingBox: {
          x1: 0,
          y1: 0,
          w: viewport.width,
          h: Math.max(viewport.height, nodes.length * 30),
        },
        spacingFactor: 1,
        avoidOverlap: false,
      } as cytoscape.BreadthFirstLayoutOptions;
    case 'circle':
      // Cytoscape's circle layout ignores its `sort` (3.35 places nodes in collection order),
      // so the ring is computed here and handed over as a preset.
      return {
        name: 'preset',
        positions: Object.fromEntries(
          circlePositions(
            nodes
              .toArray()
              .sort((a, b) => campRank(a) - campRank(b) || kindRank(a) - kindRank(b))
              .map((node) => node.id()),
            CIRCLE_SPACING,
          ),
        ),
      };
  }
}

const CAMP_RANK: Record<NodeData['camp'], number> = {
  llm: 0,
  both: 1,
  'world-model': 2,
  neutral: 3,
};

function campRank(node: cytoscape.NodeSingular): number {
  return CAMP_RANK[(node.data() as NodeData).camp];
}

function kindRank(node: cytoscape.NodeSingular): number {
  const kind = KINDS.findIndex((candidate) => node.hasClass(kindClass([candidate])));
  return kind === -1 ? KINDS.length : kind;
}
