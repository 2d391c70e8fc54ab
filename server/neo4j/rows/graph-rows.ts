import { z } from 'zod';
import { apiEdges, apiNode, apiNodes } from './graph-elements.ts';
import { CAMPS } from '../../../common/domain.ts';

const camp = z.enum(CAMPS);

/** One answer of the neighbor queries, one per depth. */
const neighbors = z.object({
  nodes: apiNodes,
  edges: apiEdges,
  hubs: z.array(z.string()),
  truncated: z.boolean(),
});

/** A fact a source backs, with the quotes it gives for it. */
const fact = z.object({ id: z.string(), quotes: z.array(z.string()) });

/** A search match and how good it is (0 best). */
const match = z.object({ node: apiNode, tier: z.number() });

/** Rows of cypher/graph/*.cypher. */
export const graphRows = {
  'graph/edges-among-hubs': z.object({ edges: apiEdges }),
  'graph/facts-of-source': z.object({
    nodes: z.array(fact),
    edges: z.array(fact),
    text: z.string().nullable(),
  }),
  'graph/neighbors-depth-1': neighbors,
  'graph/neighbors-depth-2': neighbors,
  'graph/neighbors-depth-3': neighbors,
  'graph/neighbors-filtered': z.object({
    nodes: apiNodes,
    edges: apiEdges,
    truncated: z.boolean(),
    total: z.number(),
  }),
  'graph/node-by-id': z.object({ node: apiNode }),
  'graph/overview': z.object({
    groups: z.array(z.object({ kind: z.string(), camp, count: z.number() })),
    links: z.array(
      z.object({
        sourceKind: z.string(),
        sourceCamp: camp,
        targetKind: z.string(),
        targetCamp: camp,
        count: z.number(),
      }),
    ),
    relationships: z.number(),
  }),
  'graph/edges-from-hubs': z.object({ edges: apiEdges }),
  'graph/group-count': z.object({ total: z.number() }),
  'graph/overview-stamp': z.object({ entities: z.number(), relationships: z.number() }),
  'graph/paths': z.object({ nodes: apiNodes, edges: apiEdges, hops: z.number() }),
  'graph/search': match,
  'graph/search-scan': match,
  'graph/whole-graph': z.object({
    nodes: apiNodes,
    edges: apiEdges,
    hubs: z.array(z.string()),
  }),
} as const;
