import { useEffect, useMemo, useState } from 'react';
import type { ApiSource } from '../../../lib/api-types.ts';
import { corroborationOf } from '../../../lib/evidence.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { factTimes } from '../../../lib/fact-dates.ts';
import type { CommunitySummary } from '../utils/community-colors.ts';
import type { ExplorationState } from '../../../lib/exploration/exploration-url.ts';
import { visibleSimpleGraph } from '../utils/importance.ts';
import type * as Measures from '../utils/measures.ts';
import { corroborationSizes, measureAllowed, sizeMeasureOf } from '../utils/size-measures.ts';
import { visibleElements, type VisibleSet } from '../utils/visibility.ts';

/** What the exploration makes of the graph: what shows, and how big and what colour. */
export interface CanvasAnalysis {
  visible: VisibleSet;
  /** Node diameters; null for the stylesheet's own sizing (by degree) while none is chosen. */
  sizes: ReadonlyMap<string, number> | null;
  tints: ReadonlyMap<string, { color: string; ink: string }> | null;
  /** The communities, when colouring by them. */
  communities: CommunitySummary[] | null;
}

let measures: typeof Measures | null = null;

/** The measures module, loaded once the first time a size or colour measure is asked for. */
function useMeasures(needed: boolean): typeof Measures | null {
  const [loaded, setLoaded] = useState(measures);
  useEffect(() => {
    if (!needed || loaded) return;
    void import('../utils/measures.ts').then((module) => {
      measures = module;
      setLoaded(module);
    });
  }, [needed, loaded]);
  return loaded;
}

/** The year the article appeared, which dates "announced Friday"; the latest source's. */
function publicationYear(sources: ReadonlyMap<string, ApiSource>): number | undefined {
  const years = [...sources.values()].map((source) => source.year);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * Filters the graph, then measures what is left: sizes by the chosen centrality and, when asked,
 * colours by community. Each part is recomputed only when what it depends on changes, so
 * selecting or moving nodes costs nothing here.
 */
export function useCanvasAnalysis(
  graph: GraphModel,
  state: ExplorationState,
  sources: ReadonlyMap<string, ApiSource>,
): CanvasAnalysis {
  const year = publicationYear(sources);
  const needTimes = state.time !== undefined && year !== undefined;
  const times = useMemo(
    () => (needTimes ? factTimes(graph.nodes.values(), year!) : new Map()),
    [graph, needTimes, year],
  );
  const { hiddenKinds, hiddenTypes, camps, amount, time, hidden, sizeBy, colorBy } = state;
  const { minSources, knownOn } = state;
  const visible = useMemo(
    () =>
      visibleElements(
        graph,
        { hiddenKinds, hiddenTypes, camps, amount, time, hidden, minSources, knownOn },
        times,
      ),
    [graph, hiddenKinds, hiddenTypes, camps, amount, time, hidden, minSources, knownOn, times],
  );
  // Measures that cost more than linear time are kept for graphs small enough to answer at once.
  const nodes = graph.nodes.size;
  const chosen = sizeBy === undefined ? null : sizeMeasureOf(sizeBy);
  const byCorroboration = chosen === 'corroboration';
  const measure = chosen && !byCorroboration && measureAllowed(chosen, nodes) ? chosen : null;
  const byCommunity = colorBy === 'community' && measureAllowed('community', nodes);
  const simple = useMemo(
    () => (measure || byCommunity ? visibleSimpleGraph(graph, visible) : null),
    [graph, visible, measure, byCommunity],
  );
  const module = useMeasures(measure !== null || byCommunity);
  const sizes = useMemo(() => {
    if (byCorroboration) {
      return corroborationSizes(
        [...graph.nodes.values()].map((node) => ({
          id: node.id,
          corroboration: corroborationOf(node.properties),
        })),
      );
    }
    return measure && module && simple ? module.nodeSizes(simple, measure) : null;
  }, [graph, byCorroboration, simple, measure, module]);
  const coloring = useMemo(
    () => (byCommunity && module && simple ? module.colorCommunities(simple, graph) : null),
    [byCommunity, simple, graph, module],
  );
  const tints = useMemo(() => {
    if (!coloring) return null;
    const byIndex = new Map(coloring.communities.map((c) => [c.index, c]));
    return new Map(
      [...coloring.membership].map(([id, index]) => [id, byIndex.get(index)!] as const),
    );
  }, [coloring]);
  return { visible, sizes, tints, communities: coloring?.communities ?? null };
}
