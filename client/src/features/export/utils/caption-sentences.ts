import type { ExportGraph } from '../formats/export-graph.ts';

/** The distinct article sentences behind the edges shown, in first-seen order, for a caption. */
export function captionSentences(graph: ExportGraph): string[] {
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    const quotes = edge.properties.quotes;
    if (!Array.isArray(quotes)) continue;
    for (const quote of quotes) if (typeof quote === 'string') seen.add(quote);
  }
  return [...seen];
}
