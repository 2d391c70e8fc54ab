import { CAMPS } from '../../../lib/camps.ts';
import type { Camp } from '../../../lib/api-types.ts';
import type { Point } from '../../../lib/point.ts';
import { ForceSimulation } from '../large/force-layout.ts';
import { campDiscs, type CampDisc } from '../large/initial-placement.ts';

/**
 * A node as the force arrangement sees it: its box, label included, as distances from its
 * position (labels hang below, so the box is not centred on it).
 */
export interface ArrangedNode {
  id: string;
  camp: Camp;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What to arrange. */
export interface ForceArrangementInput {
  nodes: readonly ArrangedNode[];
  edges: readonly { source: string; target: string }[];
  /** Nodes that stay exactly here: pinned by a drag, or already on the map when nodes are added. */
  fixed: ReadonlyMap<string, Point>;
  /**
   * Where the other nodes start. Without it (a fresh layout) they start from a placement of
   * their own, worked out from the graph alone, so a graph always comes out the same.
   */
  start?: ReadonlyMap<string, Point>;
  /** Camps kept apart (LLM left, both, world models right, neutral below), or ignored. */
  camps: boolean;
}

/** Gaps between node borders, in model pixels, that keep the camps visibly apart. */
export const CAMP_GAPS = {
  /** Between the LLM and the world-model camp when no 'both' node stands between them. */
  llmToWorldModel: 160,
  /** Between either camp and the 'both' band in the middle. */
  toBoth: 70,
  /** Between the camps above and the neutral band below. */
  toNeutral: 100,
} as const;

/** Length of an edge beyond a mean node's size with its label, in model pixels. */
const EDGE_LENGTH = 40;
/** Ticks from full heat to rest; tens of nodes settle well before. */
const TICKS = 300;

/**
 * A force-directed arrangement for the small-graph path, in the explorer's own simulation (the
 * one large graphs use), so it is deterministic without touching `Math.random`: the same graph
 * always lands the same way and analysts keep their mental map. With `camps`, each camp is pulled
 * towards its own disc and the camps are then slid apart so no two overlap; pinned nodes stay.
 */
export function arrangeByForces(input: ForceArrangementInput): Map<string, Point> {
  const { nodes } = input;
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i] as const));
  const edges: number[] = [];
  for (const edge of input.edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s !== undefined && t !== undefined && s !== t) edges.push(s, t);
  }
  const meanSize =
    nodes.reduce((sum, node) => sum + (node.left + node.right + node.top + node.bottom) / 2, 0) /
    (n || 1);
  const spacing = EDGE_LENGTH + meanSize;
  const campOf = Uint8Array.from(nodes, (node) => Math.max(0, CAMPS.indexOf(node.camp)));
  const discs = campDiscs(
    CAMPS.map((_, camp) => campOf.filter((c) => c === camp).length),
    // Camps start near each other; sliding them apart afterwards sets the gaps exactly.
    spacing / 2,
  );
  const positions = input.start
    ? startFrom(nodes, input.start)
    : spiral(nodes, edges, input.camps ? campOf : null, discs, spacing);
  const fixed = new Uint8Array(n);
  nodes.forEach((node, i) => {
    const at = input.fixed.get(node.id);
    if (!at) return;
    fixed[i] = 1;
    positions[2 * i] = at.x;
    positions[2 * i + 1] = at.y;
  });
  const anchored = input.camps ? campAnchors(campOf, discs) : {};
  const simulation = new ForceSimulation(
    { count: n, edges: Uint32Array.from(edges), fixed, ...anchored },
    positions,
    {
      linkDistance: spacing,
      // Half d3-force's default ratio (charge -30 for links of 30): labels are wide, and the
      // nudges after the layout separate them better than stronger repulsion would.
      charge: -(spacing * spacing) / 60,
      theta: 0.8,
      ticks: TICKS,
      gravity: input.camps ? 0 : 0.015,
      anchorStrength: 0.03,
    },
  );
  simulation.run();
  if (input.camps) slideCampsApart(nodes, campOf, fixed, positions);
  return new Map(
    nodes.map((node, i) => [node.id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }]),
  );
}

function startFrom(
  nodes: readonly ArrangedNode[],
  start: ReadonlyMap<string, Point>,
): Float64Array {
  const positions = new Float64Array(2 * nodes.length);
  nodes.forEach((node, i) => {
    const at = start.get(node.id) ?? { x: 0, y: 0 };
    positions[2 * i] = at.x;
    positions[2 * i + 1] = at.y;
  });
  return positions;
}

/** The golden angle: successive points of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A first placement: per camp (or all together) a sunflower spiral with the best-connected
 * nodes in the middle, ties in model order. Deterministic, and close enough to the end that the
 * simulation only has to pull neighbours together.
 */
function spiral(
  nodes: readonly ArrangedNode[],
  edges: readonly number[],
  campOf: Uint8Array | null,
  discs: readonly { x: number; y: number }[],
  spacing: number,
): Float64Array {
  const n = nodes.length;
  const degree = new Uint32Array(n);
  for (const end of edges) degree[end]! += 1;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const group = campOf ? campOf[i]! : 0;
    const members = groups.get(group);
    if (members) members.push(i);
    else groups.set(group, [i]);
  }
  const positions = new Float64Array(2 * n);
  const radius = (spacing * 0.6) / Math.sqrt(Math.PI);
  for (const [group, members] of groups) {
    const centre = campOf ? discs[group]! : { x: 0, y: 0 };
    members.sort((a, b) => degree[b]! - degree[a]! || a - b);
    members.forEach((node, slot) => {
      const r = radius * Math.sqrt(slot + 0.5);
      positions[2 * node] = centre.x + r * Math.cos(slot * GOLDEN_ANGLE);
      positions[2 * node + 1] = centre.y + r * Math.sin(slot * GOLDEN_ANGLE);
    });
  }
  return positions;
}

/** Neutral nodes are held to their band this many times more firmly than camps to their discs. */
const BAND_WEIGHT = 5;

/**
 * Camp nodes are pulled towards their camp's disc; neutral nodes only towards the band's line,
 * and firmly, so they spread sideways under what they relate to instead of down the page.
 */
function campAnchors(
  campOf: Uint8Array,
  discs: readonly CampDisc[],
): { anchors: Float64Array; anchorWeights: Float64Array } {
  const neutral = CAMPS.indexOf('neutral');
  // The band's line sits just a gap below the camps' discs, not at the neutral disc's middle:
  // a small graph should not open a chasm between its camps and what is neutral.
  const rowBottom = Math.max(
    0,
    ...discs.filter((_, camp) => camp !== neutral).map((disc) => disc.y + disc.radius),
  );
  const bandY = rowBottom + CAMP_GAPS.toNeutral;
  const anchors = new Float64Array(2 * campOf.length);
  const anchorWeights = new Float64Array(campOf.length);
  campOf.forEach((camp, i) => {
    anchors[2 * i] = camp === neutral ? NaN : discs[camp]!.x;
    anchors[2 * i + 1] = camp === neutral ? bandY : discs[camp]!.y;
    anchorWeights[i] = camp === neutral ? BAND_WEIGHT : 1;
  });
  return { anchors, anchorWeights };
}

/** Left, right, top and bottom of a set of node boxes. */
interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function extentOf(
  members: readonly number[],
  nodes: readonly ArrangedNode[],
  positions: Float64Array,
): Extent | null {
  if (members.length === 0) return null;
  const extent = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (const i of members) {
    const node = nodes[i]!;
    extent.left = Math.min(extent.left, positions[2 * i]! - node.left);
    extent.right = Math.max(extent.right, positions[2 * i]! + node.right);
    extent.top = Math.min(extent.top, positions[2 * i + 1]! - node.top);
    extent.bottom = Math.max(extent.bottom, positions[2 * i + 1]! + node.bottom);
  }
  return extent;
}

/**
 * Slides whole camps (their unpinned nodes) so that every LLM box ends left of every 'both' box
 * and those left of every world-model box, with CAMP_GAPS between, and the neutral band below:
 * the shape inside each camp is kept, only the distance between camps changes.
 */
function slideCampsApart(
  nodes: readonly ArrangedNode[],
  campOf: Uint8Array,
  fixed: Uint8Array,
  positions: Float64Array,
): void {
  const members = CAMPS.map((_, camp) =>
    [...campOf.keys()].filter((i) => campOf[i] === camp && fixed[i] === 0),
  );
  const shift = (camp: number, dx: number, dy: number) => {
    for (const i of members[camp]!) {
      positions[2 * i]! += dx;
      positions[2 * i + 1]! += dy;
    }
  };
  const row = (['llm', 'both', 'world-model'] as const).map((camp) => CAMPS.indexOf(camp));
  let previous: { extent: Extent; camp: number } | null = null;
  for (const camp of row) {
    const extent = extentOf(members[camp]!, nodes, positions);
    if (!extent) continue;
    if (previous) {
      const besideBoth = previous.camp === row[1] || camp === row[1];
      const gap = besideBoth ? CAMP_GAPS.toBoth : CAMP_GAPS.llmToWorldModel;
      const overlap = previous.extent.right + gap - extent.left;
      if (overlap > 0) {
        shift(camp, overlap, 0);
        extent.left += overlap;
        extent.right += overlap;
      }
    }
    previous = { extent, camp };
  }
  const neutralCamp = CAMPS.indexOf('neutral');
  const below = extentOf(members[neutralCamp]!, nodes, positions);
  const above = row
    .map((camp) => extentOf(members[camp]!, nodes, positions))
    .filter((extent): extent is Extent => extent !== null);
  if (!below || above.length === 0) return;
  const floor = Math.max(...above.map((extent) => extent.bottom));
  const overlap = floor + CAMP_GAPS.toNeutral - below.top;
  if (overlap > 0) shift(neutralCamp, 0, overlap);
}
