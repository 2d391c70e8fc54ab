import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbort } from '../lib/api-client.ts';
import { EMPTY_GRAPH, graphFromPayload, type GraphModel } from '../lib/graph-model.ts';
import type { GraphPayload, OverviewGroup } from '../lib/api-types.ts';
import type { Position } from '../lib/exploration/exploration-url.ts';
import { getOverview } from '../features/overview/api/get-overview.ts';
import { getGraph } from '../features/graph/api/get-graph.ts';
import { getNeighbors } from '../lib/get-neighbors.ts';
import { GRAPH_DEFAULT_LIMIT } from '../../../common/domain.ts';
import type {
  Drill,
  ExplorerGraph,
  GraphNotice,
  MergeNeighborhood,
  Summary,
} from '../lib/explorer-content.ts';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** The server's total when it says the answer holds fewer entities than there are. */
function cutFrom(payload: GraphPayload): number | null {
  return payload.total !== undefined && payload.total > payload.nodes.length ? payload.total : null;
}

/** How many entities a group drill-down draws at most: as many as the default first answer. */
export const GROUP_LIMIT = 2000;

/**
 * The content of the canvas: loads GET /api/graph (optionally `limit`ed) and fetches
 * neighbourhoods for the exploration to merge. It starts with the whole ecosystem, or, when
 * `initial` is 'result', empty and waiting for replace(). When no limit was asked for and the
 * server says the database holds more than it sent, the canvas shows GET /api/overview instead
 * (see Summary), from which a kind and camp can be drawn.
 */
export function useExplorerGraph(
  limit: number | undefined,
  initial: ExplorerGraph['showing'],
  onContent: (graph: GraphModel, positions?: Readonly<Record<string, Position>>) => void,
): ExplorerGraph {
  // New content goes straight to its one owner (the exploration), in the same update.
  const owner = useRef(onContent);
  useEffect(() => {
    owner.current = onContent;
  });
  const setContent = useCallback(
    (graph: GraphModel, positions?: Readonly<Record<string, Position>>) =>
      owner.current(graph, positions),
    [],
  );
  const [attempt, setAttempt] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [showing, setShowing] = useState(initial);
  const [status, setStatus] = useState<ExplorerGraph['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [notice, setNotice] = useState<GraphNotice | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  // An expansion answering after the content was replaced belongs to the old content.
  const generationRef = useRef(generation);
  // The first answer's most connected entities while they are on their way (see load).
  const topRequest = useRef<Promise<GraphPayload | null> | null>(null);

  useEffect(() => {
    if (showing !== 'ecosystem') return;
    const controller = new AbortController();
    const startedIn = generationRef.current;
    const load = async () => {
      // `?order=id` (beside `?limit=`) asks for a stable slice by slug, as links and tests want.
      const order =
        new URLSearchParams(window.location.search).get('order') === 'id' ? 'id' : undefined;
      const graphRequest = getGraph({ limit, order }, controller.signal);
      // Handled below, after the overview: a failure meanwhile is not an unhandled rejection.
      graphRequest.catch(() => {});
      // No slice asked for: the overview is asked beside the graph. When the database holds more
      // than the first answer draws, the page summarises it instead of cutting it arbitrarily, and
      // need not wait for that answer (the most connected 2,000 of a million take seconds).
      const overview =
        limit === undefined
          ? await getOverview(controller.signal).catch((cause: unknown) => {
              if (isAbort(cause)) throw cause;
              return null;
            })
          : null;
      if (generationRef.current !== startedIn) return;
      if (overview && overview.entities > GRAPH_DEFAULT_LIMIT) {
        const top = graphRequest.catch((cause: unknown) => {
          if (isAbort(cause)) throw cause;
          return null;
        });
        topRequest.current = top;
        setSummary({ overview, top: null });
        setDrill({ kind: 'overview' });
        setContent(EMPTY_GRAPH);
        setTotal(null);
        setStatus('ready');
        const payload = await top;
        if (payload && generationRef.current === startedIn) {
          setSummary({ overview, top: payload });
        }
        return;
      }
      const payload = await graphRequest;
      const cut = cutFrom(payload);
      // A result replaced the canvas while the ecosystem was on its way.
      if (generationRef.current !== startedIn) return;
      const graph = graphFromPayload(payload);
      // A transition: React renders the panels that summarise thousands of entities (evidence,
      // legend, relationship filters, timeline) a component at a time between other tasks,
      // instead of in one task of a quarter of a second at 20k.
      startTransition(() => {
        setContent(graph);
        setTotal(cut);
        setStatus('ready');
      });
      if (cut !== null) {
        setNotice({
          tone: 'warning',
          text: `The ${payload.nodes.length.toLocaleString('en')} most connected of ${plural(cut, 'entity', 'entities')}. Double-click one to bring in its neighbours.`,
        });
      } else if (payload.truncated) {
        setNotice({
          tone: 'warning',
          text: `Showing the first ${plural(payload.nodes.length, 'entity', 'entities')}: the server cut the graph short. Double-click an entity to grow the view.`,
        });
      }
    };
    load().catch((cause: unknown) => {
      if (isAbort(cause)) return;
      setError(cause instanceof ApiError ? cause.message : 'The graph could not be loaded.');
      setStatus('error');
    });
    return () => controller.abort();
  }, [limit, attempt, showing, setContent]);

  /**
   * Puts new content on the canvas: its graph (with positions saved with it), whether it is there
   * or still on its way, and how many entities it was cut from; the last error and notice go.
   */
  const present = useCallback(
    (
      graph: GraphModel,
      now: ExplorerGraph['status'],
      cut: number | null,
      positions?: Readonly<Record<string, Position>>,
    ) => {
      setContent(graph, positions);
      setStatus(now);
      setTotal(cut);
      setError(null);
      setNotice(null);
    },
    [setContent],
  );

  /**
   * Back to the start: no summary or drill-down, an empty canvas, and the ecosystem's load asked
   * again (even if it was showing: its load may have been cut short).
   */
  const reload = useCallback(() => {
    setSummary(null);
    setDrill(null);
    present(EMPTY_GRAPH, 'loading', null);
    setAttempt((value) => value + 1);
  }, [present]);

  const fetchNeighborhood = useCallback(
    async (
      nodeId: string,
      name: string,
      merge: MergeNeighborhood,
      fetch: () => Promise<GraphPayload> = () => getNeighbors(nodeId),
    ) => {
      setExpanding(nodeId);
      const startedIn = generationRef.current;
      try {
        const payload = await fetch();
        if (generationRef.current !== startedIn) return;
        const merged = merge(payload);
        if (!merged) return;
        const added = merged.addedNodeIds.length;
        const addedEdges = merged.addedEdgeIds.length;
        let text =
          added + addedEdges === 0
            ? `All neighbours of ${name} are already on the canvas.`
            : `Added ${plural(added, 'entity', 'entities')} and ${plural(addedEdges, 'relationship', 'relationships')} around ${name}.`;
        if (payload.truncated)
          text += ' The server capped the neighbourhood; some neighbours are not shown.';
        setNotice({ tone: payload.truncated ? 'warning' : 'info', text });
      } catch (cause) {
        const reason = cause instanceof ApiError ? cause.message : 'The request failed.';
        setNotice({ tone: 'error', text: `Could not expand ${name}: ${reason}` });
      } finally {
        setExpanding(null);
      }
    },
    [],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);

  const nextGeneration = useCallback(() => {
    generationRef.current += 1;
    setGeneration(generationRef.current);
  }, []);

  const replace = useCallback(
    (
      payload: Pick<GraphPayload, 'nodes' | 'edges'>,
      positions?: Readonly<Record<string, Position>>,
    ) => {
      setShowing('result');
      present(graphFromPayload(payload), 'ready', null, positions);
      nextGeneration();
    },
    [nextGeneration, present],
  );

  const showEcosystem = useCallback(() => {
    setShowing('ecosystem');
    reload();
    nextGeneration();
  }, [nextGeneration, reload]);

  const showOverview = useCallback(() => {
    setDrill({ kind: 'overview' });
    present(EMPTY_GRAPH, 'ready', null);
    nextGeneration();
  }, [nextGeneration, present]);

  const drawTop = useCallback(() => {
    if (!summary) return;
    setDrill({ kind: 'top' });
    if (summary.top) {
      present(graphFromPayload(summary.top), 'ready', cutFrom(summary.top));
      nextGeneration();
      return;
    }
    // Asked before the first answer came: draw it when it does.
    present(EMPTY_GRAPH, 'loading', null);
    nextGeneration();
    const startedIn = generationRef.current;
    topRequest.current
      ?.then((payload) => {
        if (generationRef.current !== startedIn) return;
        if (payload) present(graphFromPayload(payload), 'ready', cutFrom(payload));
        else {
          setError('The most connected entities could not be loaded.');
          setStatus('error');
        }
      })
      // Aborted: the page moved on (a reload asks again).
      .catch(() => {});
  }, [summary, nextGeneration, present]);

  const drillInto = useCallback(
    (group: OverviewGroup) => {
      setDrill({ kind: 'group', group });
      present(EMPTY_GRAPH, 'loading', null);
      nextGeneration();
      const startedIn = generationRef.current;
      getGraph({ kind: group.kind, camp: group.camp, limit: GROUP_LIMIT })
        .then((payload) => {
          if (generationRef.current !== startedIn) return;
          setContent(graphFromPayload(payload));
          setTotal(payload.total ?? group.count);
          setStatus('ready');
        })
        .catch((cause: unknown) => {
          if (generationRef.current !== startedIn) return;
          setError(cause instanceof ApiError ? cause.message : 'The group could not be loaded.');
          setStatus('error');
        });
    },
    [nextGeneration, present, setContent],
  );

  return {
    status,
    error,
    attempt,
    generation,
    showing,
    summary,
    drill,
    total,
    showOverview,
    drawTop,
    drillInto,
    expanding,
    notice,
    retry: reload,
    fetchNeighborhood,
    dismissNotice,
    replace,
    showEcosystem,
  };
}
