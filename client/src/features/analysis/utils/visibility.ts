import type { ApiNode, Properties } from '../../../lib/api-types.ts';
import { corroborationOf } from '../../../lib/evidence.ts';
import { campOf } from '../../../lib/camps.ts';
import { kindOf } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { ExplorationState } from '../../../lib/exploration/exploration-url.ts';
import { timeKeyOf } from './time-key.ts';

/** What the filters leave on the canvas, by API id. */
export interface VisibleSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The fields of the exploration that decide what is visible. */
export type VisibilityFilters = Pick<
  ExplorationState,
  'hiddenKinds' | 'hiddenTypes' | 'camps' | 'amount' | 'time' | 'hidden' | 'minSources' | 'knownOn'
>;

/**
 * A fact too thinly backed (fewer sources than asked) or not yet known on the chosen date (its
 * earliest source is dated later).
 */
function outsideEvidence(properties: Properties, filters: VisibilityFilters): boolean {
  const least = Number(filters.minSources ?? 1);
  if (least > 1 && corroborationOf(properties) < least) return true;
  const since = properties.knownSince;
  return filters.knownOn !== undefined && typeof since === 'string' && since > filters.knownOn;
}

/** The kind a legend filter names for a node: its drawn kind, or `Other`. */
export function filterKindOf(node: ApiNode): string {
  return kindOf(node.labels) ?? 'Other';
}

function amountOutside(node: ApiNode, range: VisibilityFilters['amount']): boolean {
  const amount = node.properties.amount;
  if (!range || typeof amount !== 'number') return false;
  return amount < range[0] || amount > range[1];
}

/**
 * The entities and relationships left visible by the filters: a node goes when its kind is hidden,
 * its camp is not among the chosen ones (none chosen: all), its `amount` lies outside the range
 * (nodes without an amount are not concerned), its fact is dated after `time`, or it was hidden by
 * hand, or it is backed by too few sources or not yet known on the chosen date. A relationship
 * goes with either end, when its type is hidden, when hidden by hand, or for the same evidence.
 */
export function visibleElements(
  graph: GraphModel,
  filters: VisibilityFilters,
  times: ReadonlyMap<string, { key: number }>,
): VisibleSet {
  const unfiltered =
    filters.hiddenKinds.length === 0 &&
    filters.hiddenTypes.length === 0 &&
    filters.camps.length === 0 &&
    filters.hidden.length === 0 &&
    filters.amount === undefined &&
    filters.time === undefined &&
    filters.minSources === undefined &&
    filters.knownOn === undefined;
  // Nothing filtered (the usual case, and the costly one on a large graph): everything shows.
  if (unfiltered) return { nodes: new Set(graph.nodes.keys()), edges: new Set(graph.edges.keys()) };
  const kinds = new Set(filters.hiddenKinds);
  const types = new Set(filters.hiddenTypes);
  const camps = new Set(filters.camps);
  const hidden = new Set(filters.hidden);
  const until = filters.time === undefined ? undefined : timeKeyOf(filters.time);
  const nodes = new Set<string>();
  for (const node of graph.nodes.values()) {
    if (hidden.has(node.id) || kinds.has(filterKindOf(node))) continue;
    if (camps.size > 0 && !camps.has(campOf(node.properties.camp))) continue;
    if (amountOutside(node, filters.amount)) continue;
    if (outsideEvidence(node.properties, filters)) continue;
    const time = times.get(node.id);
    if (until !== undefined && time !== undefined && time.key > until) continue;
    nodes.add(node.id);
  }
  const edges = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (types.has(edge.type) || hidden.has(edge.id)) continue;
    if (outsideEvidence(edge.properties, filters)) continue;
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    edges.add(edge.id);
  }
  return { nodes, edges };
}
