import { useCallback, useRef, useState } from 'react';
import type { GraphPayload } from '../../lib/api-types.ts';
import { EMPTY_GRAPH, mergeGraph, type GraphModel } from '../../lib/graph-model.ts';
import { getNeighbors } from '../../lib/get-neighbors.ts';
import type { MergeNeighborhood } from '../../lib/explorer-content.ts';
import {
  applyAction,
  forNewContent,
  record,
  startExploration,
  travel,
  type ExplorationHistory,
  type RestoreRequest,
} from '../../lib/exploration/exploration-history.ts';
import {
  explorationReducer,
  type ExplorationAction,
} from '../../lib/exploration/exploration-reducer.ts';
import { collapseExpansion } from '../../lib/exploration/collapse.ts';
import { storedWebglChoice } from '../../lib/webgl-preference.ts';
import {
  readExploration,
  type ExplorationState,
  type Position,
} from '../../lib/exploration/exploration-url.ts';
import type { Exploration } from '../../lib/exploration/exploration.ts';
import { useExplorationUrl } from './use-exploration-url.ts';

/** The exploration plus what only the page and the canvas need. */
export interface ExplorationStore extends Omit<Exploration, 'expand'> {
  /** The content as loaded (the ecosystem, a result's graph part), before any expansion. */
  content: GraphModel;
  /**
   * Takes in new content: the exploration starts over on it (keeping filters and looks), placed
   * at `positions` when they come with it (a saved view's). The loader calls this, so content and
   * exploration change together.
   */
  loadContent: (graph: GraphModel, positions?: Readonly<Record<string, Position>>) => void;
  /** How a fetched neighborhood of `nodeId` is merged in, as one undo step (see expand). */
  mergeFor: (nodeId: string) => MergeNeighborhood;
  /** The node expanded last: its newcomers are placed around it. */
  anchorId: string | null;
  /** Positions for the canvas to put nodes at: a shared link's, a saved view's, an undo's. */
  restore: RestoreRequest | null;
  /** True while a shared link's expansions are being fetched again. */
  restoring: boolean;
}

/**
 * The page's exploration, the one owner of the graph on the canvas: the loaded content with its
 * expansions, and every filter, pin and look, with undo and redo over both. It starts from the
 * address (`x-…` keys: the link's expansions are fetched again, in order, and its positions
 * restored), starts over (keeping filters and looks) whenever new content is loaded, and keeps
 * the address up to date.
 */
export function useExplorationStore(): ExplorationStore {
  const [store, setStore] = useState<ExplorationHistory>(() => {
    const exploration = readExploration(new URLSearchParams(window.location.search));
    // The WebGL choice is remembered between visits; a link's own choice comes first.
    if (exploration.webgl === undefined && storedWebglChoice()) exploration.webgl = '1';
    return startExploration({ graph: EMPTY_GRAPH, exploration });
  });
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  // The latest store, for async work that must not build on a stale copy.
  const latest = useRef(store);
  const [loaded, setLoaded] = useState<GraphModel>(EMPTY_GRAPH);
  const content = useRef<GraphModel>(EMPTY_GRAPH);
  const firstContent = useRef(true);
  // Bumped with each new content: work started for older content is dropped.
  const token = useRef(0);

  const update = useCallback((change: (current: ExplorationHistory) => ExplorationHistory) => {
    const next = change(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    setStore(next);
  }, []);

  const reopen = useCallback(
    async (graph: GraphModel, state: ExplorationState, started: number) => {
      let model = graph;
      if (state.expanded.length > 0) setRestoring(true);
      for (const id of state.expanded) {
        try {
          model = mergeGraph(model, await getNeighbors(id)).model;
        } catch {
          // An entity the link names but the database no longer has: open the rest.
        }
        if (token.current !== started) return;
      }
      setRestoring(false);
      const expanded = state.expanded.filter((id) => model.nodes.has(id));
      update((current) =>
        startExploration(
          { graph: model, exploration: { ...state, expanded } },
          state.positions,
          current,
        ),
      );
    },
    [update],
  );

  const loadContent = useCallback(
    (graph: GraphModel, preset?: Readonly<Record<string, Position>>) => {
      if (graph === content.current) return;
      content.current = graph;
      setLoaded(graph);
      token.current += 1;
      setAnchorId(null);
      setRestoring(false);
      const state = latest.current.history.present.exploration;
      if (graph.nodes.size > 0 && firstContent.current) {
        firstContent.current = false;
        void reopen(graph, state, token.current);
        return;
      }
      const positions = graph.nodes.size > 0 ? preset : undefined;
      const exploration = firstContent.current
        ? state
        : { ...forNewContent(state), positions: { ...positions } };
      update((current) => startExploration({ graph, exploration }, positions, current));
    },
    [reopen, update],
  );

  const dispatch = useCallback(
    (action: ExplorationAction) => update((current) => applyAction(current, action, Date.now())),
    [update],
  );

  const mergeFor = useCallback(
    (nodeId: string): MergeNeighborhood => {
      const started = token.current;
      return (payload: GraphPayload) => {
        if (token.current !== started) return null;
        const present = latest.current.history.present;
        const merged = mergeGraph(present.graph, payload);
        const exploration = explorationReducer(present.exploration, {
          type: 'expanded',
          id: nodeId,
        });
        if (merged.model !== present.graph || exploration !== present.exploration) {
          const snapshot = { graph: merged.model, exploration };
          update((current) => record(current, snapshot, 'expanded', Date.now()));
          setAnchorId(nodeId);
        }
        return merged;
      };
    },
    [update],
  );

  const collapse = useCallback(
    (nodeId: string) =>
      update((current) => {
        const present = current.history.present;
        const base = new Set(content.current.nodes.keys());
        const graph = collapseExpansion(present.graph, base, present.exploration.expanded, nodeId);
        const collapsed = explorationReducer(present.exploration, {
          type: 'collapsed',
          id: nodeId,
        });
        const selection = collapsed.selection.filter(
          (id) => graph.nodes.has(id) || graph.edges.has(id),
        );
        return record(
          current,
          { graph, exploration: { ...collapsed, selection } },
          'collapsed',
          Date.now(),
        );
      }),
    [update],
  );

  const undo = useCallback(() => update((current) => travel(current, 'undo')), [update]);
  const redo = useCallback(() => update((current) => travel(current, 'redo')), [update]);

  const { present, past, future } = store.history;
  useExplorationUrl(present.exploration);

  return {
    state: present.exploration,
    graph: present.graph,
    dispatch,
    undo,
    redo,
    canUndo: past.length > 0,
    canRedo: future.length > 0,
    collapse,
    content: loaded,
    loadContent,
    mergeFor,
    anchorId,
    restore: store.restore,
    restoring,
  };
}
