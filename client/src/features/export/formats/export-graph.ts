import type { ApiEdge, ApiNode, PropertyValue } from '../../../../../server/contract.ts';

/** What every data format writes: nodes and edges in the API's own shape. */
export interface ExportGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
}

/** Every property key used by any of the items, in first-seen order. */
export function propertyKeys(items: { properties: Record<string, PropertyValue> }[]): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const key of Object.keys(item.properties)) keys.add(key);
  return [...keys];
}
