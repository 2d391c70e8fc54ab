import { useCallback, useState } from 'react';
import type { Exploration } from '../lib/exploration/exploration.ts';
import type { JumpRequest } from '../features/sources/utils/sentence-facts.ts';
import { usePathFinder, type PathFinder } from '../features/paths/hooks/use-path-finder.ts';
import type { GraphPayload } from '../lib/api-types.ts';
import type { NodeMenu } from '../lib/node-menu.ts';
import type { Spotlight } from '../lib/spotlight.ts';
import type { SidebarTab } from './sidebar-tabs.tsx';

/** Paths, the Sources panel and the spotlight they share on the canvas. */
export interface EvidenceAndPaths {
  paths: PathFinder;
  /** Index of the path lit up on the canvas, -1 when none is. */
  shownPath: number;
  spotlight: Spotlight | null;
  setSpotlight: (spotlight: Spotlight | null) => void;
  /** The quote whose sentence the Sources panel should show. */
  jump: JumpRequest | null;
  /** Opens the Sources tab at the sentence a quote comes from. */
  jumpTo: (quote: string) => void;
  pathFrom: (id: string) => void;
  pathTo: (id: string) => void;
  /** Brings a neighbourhood the details panel fetched onto the canvas, as one expansion. */
  mergeAround: (payload: GraphPayload, anchorId: string) => Promise<void>;
  /** The entity whose right-click menu is open, where; the canvas opens and closes it. */
  menu: NodeMenu | null;
  setMenu: (menu: NodeMenu | null) => void;
  closeMenu: () => void;
}

function hasMissing(payload: GraphPayload, graph: Exploration['graph']): boolean {
  return (
    payload.nodes.some((node) => !graph.nodes.has(node.id)) ||
    payload.edges.some((edge) => !graph.edges.has(edge.id))
  );
}

/**
 * Wires paths and evidence into the page: the path finder, whose answers are merged onto the
 * canvas and lit up; the spotlight a path or a sentence puts on the graph, over the selection;
 * jumps from a quote to its sentence; and the canvas's right-click menu.
 */
export function useEvidenceAndPaths(
  exploration: Pick<Exploration, 'state' | 'dispatch' | 'graph' | 'expand'>,
  setTab: (tab: SidebarTab) => void,
): EvidenceAndPaths {
  const { graph, expand } = exploration;
  const [spotlight, setSpotlight] = useState<Spotlight | null>(null);
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const [menu, setMenu] = useState<NodeMenu | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);

  const bringPaths = useCallback(
    async (payload: GraphPayload, fromId: string) => {
      // Merged as an expansion of the start, so that it is one undo step like any other.
      if (hasMissing(payload, graph)) await expand(fromId, async () => payload);
    },
    [graph, expand],
  );
  const showPath = useCallback((ids: string[] | null, index: number) => {
    setSpotlight((current) => {
      if (ids) return { ids, by: `path:${index}` };
      return current?.by.startsWith('path:') ? null : current;
    });
  }, []);
  const paths = usePathFinder(bringPaths, showPath);

  const pathFrom = (id: string) => {
    paths.setFrom(id);
    setTab('paths');
    if (paths.to && paths.to !== id) void paths.find(id, paths.to);
  };
  const pathTo = (id: string) => {
    paths.setTo(id);
    setTab('paths');
    if (paths.from && paths.from !== id) void paths.find(paths.from, id);
  };
  const jumpTo = (quote: string) => {
    setTab('sources');
    setJump((previous) => ({ quote, seq: (previous?.seq ?? 0) + 1 }));
  };
  const mergeAround = useCallback(
    (payload: GraphPayload, anchorId: string) => expand(anchorId, async () => payload),
    [expand],
  );

  const shownPath = spotlight?.by.startsWith('path:') ? Number(spotlight.by.slice(5)) : -1;
  return {
    paths,
    shownPath,
    spotlight,
    setSpotlight,
    jump,
    jumpTo,
    pathFrom,
    pathTo,
    mergeAround,
    menu,
    setMenu,
    closeMenu,
  };
}
