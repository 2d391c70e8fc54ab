import type { GraphModel } from '../../../lib/graph-model.ts';
import { detectCommunities } from './communities.ts';
import type { SimpleGraph } from './simple-graph.ts';

/** A calm categorical palette: muted, told apart by hue and lightness; fill and outline. */
export const COMMUNITY_PALETTE: readonly { color: string; ink: string }[] = [
  { color: '#6f9fd8', ink: '#2f5f98' },
  { color: '#e3a86b', ink: '#9a5f22' },
  { color: '#79bd8f', ink: '#357a4b' },
  { color: '#c993c4', ink: '#7d4778' },
  { color: '#d9c36a', ink: '#86701c' },
  { color: '#7fc3c6', ink: '#2f7c80' },
  { color: '#e08f8f', ink: '#9c4242' },
  { color: '#a6a0d6', ink: '#5a529a' },
];

/** Beyond the palette, communities share one quiet grey (usually singletons). */
export const COMMUNITY_OTHER = { color: '#b7bec9', ink: '#5f6977' };

/** One community as the legend lists it. */
export interface CommunitySummary {
  index: number;
  size: number;
  /** Its best-connected member's name, to tell communities apart in words. */
  name: string;
  color: string;
  ink: string;
}

export interface CommunityColoring {
  /** Community number per visible node, 0 the largest. */
  membership: Map<string, number>;
  communities: CommunitySummary[];
}

/** The colours of community `index`. */
export function communityColor(index: number): { color: string; ink: string } {
  return COMMUNITY_PALETTE[index] ?? COMMUNITY_OTHER;
}

/**
 * Communities of the visible graph (Louvain), numbered largest first, each named after its
 * member with the most visible relationships.
 */
export function colorCommunities(graph: SimpleGraph, model: GraphModel): CommunityColoring {
  const membership = detectCommunities(graph);
  const degree = new Map<string, number>();
  for (const [a, b] of graph.links) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  const members = new Map<number, string[]>();
  for (const [id, index] of membership) members.set(index, [...(members.get(index) ?? []), id]);
  const communities = [...members]
    .sort(([a], [b]) => a - b)
    .map(([index, ids]) => {
      const hub = ids.reduce((best, id) =>
        (degree.get(id) ?? 0) > (degree.get(best) ?? 0) ? id : best,
      );
      return {
        index,
        size: ids.length,
        name: model.nodes.get(hub)?.caption ?? hub,
        ...communityColor(index),
      };
    });
  return { membership, communities };
}
