import type cytoscape from 'cytoscape';
import { KINDS } from '../../../lib/entity-kinds.ts';
import { circlePositions } from './circle-positions.ts';
import type { LayoutPlan } from './force-plan.ts';
export type { LayoutId } from './layout-choices.ts';
import type * as HierarchyLayout from './hierarchy-layout.ts';
import type { LayoutId } from './layout-choices.ts';
import type { Point } from '../../../lib/point.ts';
import { kindClass, type NodeData } from './to-elements.ts';

type HierarchyModule = typeof HierarchyLayout;

// dagre is only needed for the hierarchy; it loads the first time that layout is chosen.
let hierarchy: HierarchyModule | null = null;

/** Loads what a layout needs beyond Cytoscape; resolves at once for most. */
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

/** Rim length per node on the circle, in model pixels: room for a short label. */
const CIRCLE_SPACING = 84;

/**
 * How to lay out all of `nodes` (and their edges) with the chosen layout: a force plan for the
 * free-form layouts, Cytoscape layout options for the rest. LayoutRunner computes the result
 * unanimated and then glides the nodes into place.
 */
export function layoutOptions(
  id: LayoutId,
  nodes: cytoscape.NodeCollection,
  pinned: ReadonlyMap<string, Point> = new Map(),
): LayoutPlan {
  switch (id) {
    // Forces arrange the rest around pinned nodes; other layouts place them, and the runner then
    // puts pinned nodes back (LayoutMotion.fixed).
    case 'camps':
    case 'fcose':
      return { name: 'explorer-forces', camps: id === 'camps', fixed: pinned, start: 'fresh' };
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
