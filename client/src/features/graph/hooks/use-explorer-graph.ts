import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbort } from '../../../lib/api-client.ts';
import {
  EMPTY_GRAPH,
  graphFromPayload,
  type GraphMerge,
  type GraphModel,
} from '../../../lib/graph-model.ts';
import type { GraphPayload, OverviewGroup, OverviewPayload } from '../../../lib/api-types.ts';
import { getOverview } from '../../overview/api/get-overview.ts';
import { getGraph } from '../api/get-graph.ts';
import { getNeighbors } from '../api/get-neighbors.ts';

/** A one-line message about the last thing that happened to the graph. */
export interface GraphNotice {
  tone: 'info' | 'warning' | 'error';
  text: string;
}

/** A database too large to draw whole: its summary, and the most connected part already loaded. */
export interface Summary {
  overview: OverviewPayload;
  /** The most connected entities, as the first answer brought them (drawn on request). */
  top: GraphPayload;
}

/** What the canvas shows of a summarised database. */
export type Drill =
  { kind: 'overview' } | { kind: 'top' } | { kind: 'group'; group: OverviewGroup };

/** Merges a fetched neighbourhood into the current graph; null when it no longer applies. */
export type MergeNeighbourhood = (payload: GraphPayload) => GraphMerge | null;

export interface ExplorerGraph {
  status: 'loading' | 'ready' | 'error';
  /** The content as loaded (the ecosystem, or a result's graph part), before any expansion. */
  graph: GraphModel;
  /** The server's message when loading failed. */
  error: string | null;
  /** Bumped by retry(); a fresh canvas per attempt keeps its first-layout state honest. */
  attempt: number;
  /**
   * Bumped whenever the canvas content is replaced (a result, or back to the ecosystem); the
   * canvas is keyed on it too, so each replacement gets a first layout of its own.
   */
  generation: number;
  /** Whether the canvas shows the whole ecosystem or the graph part of a result. */
  showing: 'ecosystem' | 'result';
  /** Set when the database is too large to draw whole (and no `?limit=` asked for a slice). */
  summary: Summary | null;
  /** What of a summarised database is on the canvas; null when nothing was summarised. */
  drill: Drill | null;
  /**
   * How many entities the content was cut from, when the server cut it (its `total`); null when
   * everything asked for is drawn or the server does not say.
   */
  total: number | null;
  /** Back to the summary of a database too large to draw whole. */
  showOverview: () => void;
  /** Draws the most connected entities the first answer brought. */
  drawTop: () => void;
  /** Draws the most connected entities of one kind and camp. */
  drillInto: (group: OverviewGroup) => void;
  /** Id of the node being expanded, if any. */
  expanding: string | null;
  notice: GraphNotice | null;
  retry: () => void;
  /**
   * Fetches a node's neighbourhood (or what `fetch` asks for instead), hands it to `merge`, and
   * tells what was added in the notice line; resolves when done or failed.
   */
  fetchNeighbourhood: (
    nodeId: string,
    name: string,
    merge: MergeNeighbourhood,
    fetch?: () => Promise<GraphPayload>,
  ) => Promise<void>;
  dismissNotice: () => void;
  /** Swaps the canvas content for a result's graph part, laid out afresh. */
  replace: (payload: Pick<GraphPayload, 'nodes' | 'edges'>) => void;
  /** Loads the whole ecosystem again after a result. */
  showEcosystem: () => void;
}

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
  initial: ExplorerGraph['showing'] = 'ecosystem',
): ExplorerGraph {
  const [attempt, setAttempt] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [showing, setShowing] = useState(initial);
  const [status, setStatus] = useState<ExplorerGraph['status']>('loading');
  const [graph, setGraph] = useState<GraphModel>(EMPTY_GRAPH);
  const [error, setError] = useState<string | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [notice, setNotice] = useState<GraphNotice | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  // An expansion answering after the content was replaced belongs to the old content.
  const generationRef = useRef(generation);

  useEffect(() => {
    if (showing !== 'ecosystem') return;
    const controller = new AbortController();
    const startedIn = generationRef.current;
    const load = async () => {
      // `?order=id` (beside `?limit=`) asks for a stable slice by slug, as links and tests want.
      const order =
        new URLSearchParams(window.location.search).get('order') === 'id' ? 'id' : undefined;
      const payload = await getGraph({ limit, order }, controller.signal);
      const cut = cutFrom(payload);
      // Too many to draw whole and no slice asked for: summarise rather than cut arbitrarily.
      const overview =
        limit === undefined && cut !== null
          ? await getOverview(controller.signal).catch((cause: unknown) => {
              if (isAbort(cause)) throw cause;
              return null;
            })
          : null;
      // A result replaced the canvas while the ecosystem was on its way.
      if (generationRef.current !== startedIn) return;
      if (overview) {
        setSummary({ overview, top: payload });
        setDrill({ kind: 'overview' });
        setGraph(EMPTY_GRAPH);
        setTotal(null);
        setStatus('ready');
        return;
      }
      setGraph(graphFromPayload(payload));
      setTotal(cut);
      setStatus('ready');
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
  }, [limit, attempt, showing]);

  const retry = useCallback(() => {
    setSummary(null);
    setDrill(null);
    setTotal(null);
    setGraph(EMPTY_GRAPH);
    setStatus('loading');
    setError(null);
    setNotice(null);
    setAttempt((value) => value + 1);
  }, []);

  const fetchNeighbourhood = useCallback(
    async (
      nodeId: string,
      name: string,
      merge: MergeNeighbourhood,
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
    (payload: Pick<GraphPayload, 'nodes' | 'edges'>) => {
      setShowing('result');
      setTotal(null);
      setGraph(graphFromPayload(payload));
      setStatus('ready');
      setError(null);
      setNotice(null);
      nextGeneration();
    },
    [nextGeneration],
  );

  const showEcosystem = useCallback(() => {
    setShowing('ecosystem');
    setSummary(null);
    setDrill(null);
    setTotal(null);
    setGraph(EMPTY_GRAPH);
    setStatus('loading');
    setError(null);
    setNotice(null);
    // Loads again even if the ecosystem was showing (its load may have been cut short).
    setAttempt((value) => value + 1);
    nextGeneration();
  }, [nextGeneration]);

  const showOverview = useCallback(() => {
    setDrill({ kind: 'overview' });
    setGraph(EMPTY_GRAPH);
    setStatus('ready');
    setError(null);
    setNotice(null);
    setTotal(null);
    nextGeneration();
  }, [nextGeneration]);

  const drawTop = useCallback(() => {
    if (!summary) return;
    setDrill({ kind: 'top' });
    setGraph(graphFromPayload(summary.top));
    setStatus('ready');
    setError(null);
    setNotice(null);
    setTotal(cutFrom(summary.top));
    nextGeneration();
  }, [summary, nextGeneration]);

  const drillInto = useCallback(
    (group: OverviewGroup) => {
      setDrill({ kind: 'group', group });
      setGraph(EMPTY_GRAPH);
      setStatus('loading');
      setError(null);
      setNotice(null);
      setTotal(null);
      nextGeneration();
      const startedIn = generationRef.current;
      getGraph({ kind: group.kind, camp: group.camp, limit: GROUP_LIMIT })
        .then((payload) => {
          if (generationRef.current !== startedIn) return;
          setGraph(graphFromPayload(payload));
          setTotal(payload.total ?? group.count);
          setStatus('ready');
        })
        .catch((cause: unknown) => {
          if (generationRef.current !== startedIn) return;
          setError(cause instanceof ApiError ? cause.message : 'The group could not be loaded.');
          setStatus('error');
        });
    },
    [nextGeneration],
  );

  return {
    status,
    graph,
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
    retry,
    fetchNeighbourhood,
    dismissNotice,
    replace,
    showEcosystem,
  };
}
