import type { ApiSource } from '../../../lib/api-types.ts';
import { evidenceOf } from '../../../lib/evidence.ts';
import type { ExportGraph } from '../formats/export-graph.ts';

/** What a caption cites: the sources shown, numbered, and the sentences behind the edges. */
export interface CaptionCitations {
  /** `[1] NextFin News, 2026, “title”; [2] …`: every source a fact shown rests on. */
  credit: string;
  /** Each distinct sentence behind the edges shown, first-seen order, ending with its source's number. */
  sentences: string[];
}

/**
 * The citations of an image's caption: every source behind the entities and relationships shown,
 * numbered in order of first appearance, and the sentences behind the edges, each marked with
 * the number of the source it is quoted from.
 */
export function captionCitations(
  graph: ExportGraph,
  sources: ReadonlyMap<string, ApiSource>,
): CaptionCitations {
  const numbers = new Map<string, number>();
  const number = (source: string) => {
    if (!numbers.has(source)) numbers.set(source, numbers.size + 1);
    return numbers.get(source)!;
  };
  const sentences = new Map<string, number>();
  for (const edge of graph.edges) {
    for (const { quote, source } of evidenceOf(edge.properties)) {
      if (!sentences.has(quote)) sentences.set(quote, number(source));
    }
  }
  for (const node of graph.nodes)
    for (const { source } of evidenceOf(node.properties)) number(source);
  // One source needs no numbers.
  const several = numbers.size > 1;
  const credit = [...numbers]
    .map(([id, n]) => {
      const source = sources.get(id);
      const name = source ? `${source.publisher}, ${source.year}, “${source.title}”` : id;
      return several ? `[${n}] ${name}` : name;
    })
    .join('; ');
  return {
    credit,
    sentences: [...sentences].map(([quote, n]) => (several ? `${quote} [${n}]` : quote)),
  };
}
