import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';

/** The one element the details panel shows: the selection when it holds exactly one. */
export function singleSelection(ids: readonly string[], graph: GraphModel): Selection | null {
  if (ids.length !== 1) return null;
  const id = ids[0]!;
  if (graph.nodes.has(id)) return { type: 'node', id };
  if (graph.edges.has(id)) return { type: 'edge', id };
  return null;
}

/**
 * The selection after a click: on an element, just it, or with Shift/Ctrl/Cmd it toggled in or
 * out of the selection; on empty space, nothing (kept as is with a modifier, which starts a box).
 */
export function pickSelection(
  ids: readonly string[],
  picked: string | null,
  additive: boolean,
): string[] {
  if (picked === null) return additive ? [...ids] : [];
  if (!additive) return [picked];
  return ids.includes(picked) ? ids.filter((id) => id !== picked) : [...ids, picked];
}

/** The entities a selection names (edges stand for their two ends), present in the graph. */
export function selectedEntities(ids: readonly string[], graph: GraphModel): string[] {
  const entities = new Set<string>();
  for (const id of ids) {
    const edge = graph.edges.get(id);
    if (edge) {
      entities.add(edge.source);
      entities.add(edge.target);
    } else if (graph.nodes.has(id)) entities.add(id);
  }
  return [...entities];
}

/** Every entity in the graph but `keep`: what "Hide others" hides. */
export function othersThan(keep: readonly string[], graph: GraphModel): string[] {
  const kept = new Set(keep);
  return [...graph.nodes.keys()].filter((id) => !kept.has(id));
}
