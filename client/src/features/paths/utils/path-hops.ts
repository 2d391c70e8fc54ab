import type { ApiEdge, ApiNode, PathSummary, PathsPayload } from '../../../lib/api-types.ts';

/** One step of a path, in walking order, with the sentence that backs it. */
export interface PathHop {
  edge: ApiEdge;
  /** The entity the step leaves from and the one it reaches, in walking order. */
  from: ApiNode | undefined;
  to: ApiNode | undefined;
  /** False when the relationship points against the walk (`World Labs ←LEADS— Fei-Fei Li`). */
  forward: boolean;
  /** The quote that names both ends best; undefined when the relationship carries none. */
  quote: string | undefined;
}

function quotesOf(edge: ApiEdge): string[] {
  const quotes = edge.properties.quotes;
  return Array.isArray(quotes) ? quotes.filter((q): q is string => typeof q === 'string') : [];
}

/** The quote mentioning the most of `names` (case-insensitive); the first one on a tie. */
export function bestQuote(quotes: readonly string[], names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const quote of quotes) {
    const lower = quote.toLowerCase();
    const score = names.filter((name) => lower.includes(name.toLowerCase())).length;
    if (score > bestScore) {
      best = quote;
      bestScore = score;
    }
  }
  return best;
}

/** The steps of `path`, looking its entities and relationships up in the paths payload. */
export function pathHops(
  path: PathSummary,
  payload: Pick<PathsPayload, 'nodes' | 'edges'>,
): PathHop[] {
  const nodes = new Map(payload.nodes.map((node) => [node.id, node]));
  const edges = new Map(payload.edges.map((edge) => [edge.id, edge]));
  const hops: PathHop[] = [];
  path.edges.forEach((edgeId, index) => {
    const edge = edges.get(edgeId);
    const fromId = path.nodes[index];
    if (!edge || fromId === undefined) return;
    const from = nodes.get(fromId);
    const to = nodes.get(path.nodes[index + 1] ?? '');
    const names = [from?.caption, to?.caption].filter((name): name is string => !!name);
    hops.push({
      edge,
      from,
      to,
      forward: edge.source === fromId,
      quote: bestQuote(quotesOf(edge), names),
    });
  });
  return hops;
}

/** Every id a path touches, for lighting it up on the canvas. */
export function pathIds(path: PathSummary): string[] {
  return [...path.nodes, ...path.edges];
}

/** "Zhu Jun → ShengShu → World Labs → Fei-Fei Li", with ids where a name is unknown. */
export function pathCaption(path: PathSummary, payload: Pick<PathsPayload, 'nodes'>): string {
  const names = new Map(payload.nodes.map((node) => [node.id, node.caption]));
  return path.nodes.map((id) => names.get(id) ?? id).join(' → ');
}
