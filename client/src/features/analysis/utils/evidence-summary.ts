import { corroborationOf, isDisputed } from '../../../lib/evidence.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';

/** What the evidence filter offers for the facts on the canvas. */
export interface EvidenceSummary {
  /** The most independent sources behind any one fact (at least 1). */
  mostSources: number;
  /** Ids of the facts sources disagree on, entities first. */
  disputed: string[];
}

/**
 * One pass over every entity and relationship. A plain loop on purpose: spreading the facts
 * into Math.max passes each as an argument, and past about 120,000 (a 50k-entity canvas with
 * its relationships) that overflows the call stack.
 */
export function evidenceSummary(graph: GraphModel): EvidenceSummary {
  let mostSources = 1;
  const disputed: string[] = [];
  for (const facts of [graph.nodes.values(), graph.edges.values()]) {
    for (const fact of facts) {
      mostSources = Math.max(mostSources, corroborationOf(fact.properties));
      if (isDisputed(fact.properties)) disputed.push(fact.id);
    }
  }
  return { mostSources, disputed };
}
