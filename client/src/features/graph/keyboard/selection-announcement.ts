import { CAMP_INFO, campOf } from '../../../lib/camps.ts';
import { kindStyleOf } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';

/**
 * What a screen reader hears when the selection changes: the entity's name, kind, camp and how
 * many relationships it has on the canvas ("Vidu, Product, world-model camp, 4 connections"), a
 * relationship's type and ends, or how many are selected.
 */
export function selectionAnnouncement(
  graph: GraphModel,
  visibleEdges: ReadonlySet<string>,
  selected: readonly string[],
): string {
  if (selected.length === 0) return 'Nothing selected.';
  if (selected.length > 1) return `${selected.length} entities selected.`;
  const id = selected[0]!;
  const node = graph.nodes.get(id);
  if (node) {
    let connections = 0;
    for (const edge of graph.edges.values()) {
      if (visibleEdges.has(edge.id) && (edge.source === id || edge.target === id)) connections++;
    }
    const camp = CAMP_INFO[campOf(node.properties.camp)].name;
    const plural = connections === 1 ? 'connection' : 'connections';
    return `${node.caption}, ${kindStyleOf(node.labels).name}, ${camp}, ${connections} ${plural}.`;
  }
  const edge = graph.edges.get(id);
  if (edge) {
    const caption = (end: string) => graph.nodes.get(end)?.caption ?? end;
    return `Relationship ${edge.type.toLowerCase().replaceAll('_', ' ')}, from ${caption(edge.source)} to ${caption(edge.target)}.`;
  }
  return 'Nothing selected.';
}
