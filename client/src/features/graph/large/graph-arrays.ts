import type { Camp } from '../../../lib/api-types.ts';
import { CAMPS, campOf } from '../../../lib/camps.ts';
import { KINDS, kindOf } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';

/** Index of the "other" kind in `GraphArrays.kind`: one past the known kinds. */
export const OTHER_KIND = KINDS.length;

/**
 * A graph as flat arrays indexed by node, for code that touches every node many times a second
 * (layouts, the scene drawing, hit testing): no per-node objects, no id lookups in loops.
 */
export interface GraphArrays {
  /** API id of each node, in model order. */
  ids: string[];
  /** Node index by API id. */
  index: ReadonlyMap<string, number>;
  /** Caption of each node. */
  captions: string[];
  /** Camp of each node, as an index into CAMPS. */
  camp: Uint8Array;
  /** Kind of each node, as an index into KINDS, or OTHER_KIND. */
  kind: Uint8Array;
  /** Relationships of each node on the canvas (either direction). */
  degree: Uint32Array;
  /** Source and target index of each edge, two per edge. */
  edges: Uint32Array;
  /** API id of each edge, in the order of `edges`. */
  edgeIds: string[];
}

/** The camp index CAMPS gives a camp. */
export function campIndex(camp: Camp): number {
  return CAMPS.indexOf(camp);
}

/** The model as flat arrays; edges whose ends are missing are left out. */
export function graphArrays(model: GraphModel): GraphArrays {
  const n = model.nodes.size;
  const ids: string[] = new Array<string>(n);
  const captions: string[] = new Array<string>(n);
  const camp = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const index = new Map<string, number>();
  let i = 0;
  for (const node of model.nodes.values()) {
    ids[i] = node.id;
    captions[i] = node.caption;
    index.set(node.id, i);
    camp[i] = campIndex(campOf(node.properties.camp));
    const k = kindOf(node.labels);
    kind[i] = k ? KINDS.indexOf(k) : OTHER_KIND;
    i++;
  }
  const degree = new Uint32Array(n);
  const pairs: number[] = [];
  const edgeIds: string[] = [];
  for (const edge of model.edges.values()) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    pairs.push(s, t);
    edgeIds.push(edge.id);
    degree[s]! += 1;
    degree[t]! += 1;
  }
  return { ids, index, captions, camp, kind, degree, edges: Uint32Array.from(pairs), edgeIds };
}
