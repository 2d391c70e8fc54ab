import type cytoscape from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { KINDS } from '../../../lib/entity-kinds.ts';
import { campPlacementConstraints, type CampMember } from './camp-layout.ts';
import { circlePositions } from './circle-positions.ts';
export type { LayoutId } from './layout-choices.ts';
import type * as HierarchyLayout from './hierarchy-layout.ts';
import type { LayoutId } from './layout-choices.ts';
import type { Point } from '../../../lib/point.ts';
import { kindClass, type NodeData } from './to-elements.ts';

type HierarchyModule = typeof HierarchyLayout;

// dagre is only needed for the hierarchy; it loads the first time that layout is chosen.
let hierarchy: HierarchyModule | null = null;

/** Loads what a layout needs beyond Cytoscape and fcose; resolves at once for most. */
export async function loadLayout(id: LayoutId): Promise<void> {
  if (id === 'hierarchy' && !hierarchy) hierarchy = await import('./hierarchy-layout.ts');
}

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

/**
 * Options for `cy.layout()` that lay out all of `nodes` (and their edges) with the chosen
 * layout. LayoutRunner computes them unanimated and then glides the nodes into place.
 */
export function layoutOptions(
  id: LayoutId,
  nodes: cytoscape.NodeCollection,
  pinned: ReadonlyMap<string, Point> = new Map(),
): cytoscape.LayoutOptions | FcoseLayoutOptions {
  // Forces arrange the rest around pinned nodes; other layouts place them, and the runner then
  // puts pinned nodes back (LayoutMotion.fixed).
  const fixedNodeConstraint = [...pinned]
    .filter(([nodeId]) => nodes.getElementById(nodeId).nonempty())
    .map(([nodeId, position]) => ({ nodeId, position: { ...position } }));
  const fixed = fixedNodeConstraint.length > 0 ? { fixedNodeConstraint } : {};
  switch (id) {
    case 'camps':
      return {
        name: 'fcose',
        ...COMMON,
        ...FORCES,
        randomize: true,
        ...fixed,
        relativePlacementConstraint: campPlacementConstraints(
          campMembers(nodes.filter((node) => !pinned.has(node.id()))),
        ),
      };
    case 'fcose':
      return { name: 'fcose', ...COMMON, ...FORCES, randomize: true, ...fixed };
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
    case 'hierarchy': {
      if (!hierarchy) throw new Error('The hierarchy layout is not loaded yet (see loadLayout).');
      const layered = nodes.map((node) => {
        const box = node.layoutDimensions({ nodeDimensionsIncludeLabels: true });
        return {
          id: node.id(),
          rank: hierarchy!.hierarchyRank(kindOf(node)),
          width: box.w,
          height: box.h,
        };
      });
      const edges = nodes.edgesWith(nodes).map((edge) => ({
        source: edge.source().id(),
        target: edge.target().id(),
      }));
      return {
        name: 'preset',
        positions: Object.fromEntries(hierarchy.hierarchyPositions(layered, edges)),
      };
    }
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

/** The kind a node is drawn as, from its class, or `Other`. */
function kindOf(node: cytoscape.NodeSingular): string {
  return KINDS.find((candidate) => node.hasClass(kindClass([candidate]))) ?? 'Other';
}
