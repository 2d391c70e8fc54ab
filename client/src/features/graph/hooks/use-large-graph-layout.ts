import type cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { LargeGraphEngine } from '../large/large-graph-engine.ts';
import type { GraphLayoutInput } from './use-graph-layout.ts';

/**
 * useGraphLayout's counterpart for large graphs: hands the graph, the filters, layout changes and
 * restores to the engine, which places, draws and lays out without long tasks. The first graph
 * uses a shared link's positions when they place every node.
 */
export function useLargeGraphLayout(
  cy: cytoscape.Core | null,
  engine: LargeGraphEngine | null,
  input: GraphLayoutInput,
): void {
  const { graph, visible, layout, anchorId, restore, pinned } = input;
  // The engine the current content was shown on; a new engine (a renderer switch) starts over.
  const shownOn = useRef<LargeGraphEngine | null>(null);
  const appliedLayout = useRef(layout);
  const appliedRestore = useRef<number | null>(null);
  // Read when a graph or layout arrives, never a reason to lay out.
  const latest = useRef({ visible, layout, anchorId, restore, pinned });
  useEffect(() => {
    latest.current = { visible, layout, anchorId, restore, pinned };
  });

  useEffect(() => {
    if (!cy || !engine) return;
    const { visible: shownNow, layout: id, anchorId: anchor, restore: request } = latest.current;
    const first = shownOn.current !== engine;
    if (graph.nodes.size === 0 && first) return;
    const pending = request && (first || request.seq !== appliedRestore.current) ? request : null;
    if (first) {
      shownOn.current = engine;
      appliedLayout.current = id;
      if (pending) appliedRestore.current = pending.seq;
    }
    engine.show(graph, shownNow, {
      layout: id,
      restore: pending?.positions ?? null,
      anchorId: anchor,
      pinned: latest.current.pinned,
    });
  }, [cy, engine, graph]);

  useEffect(() => {
    if (!cy || !engine) return;
    engine.setVisibility(visible);
  }, [cy, engine, visible]);

  useEffect(() => {
    if (!engine || shownOn.current !== engine) return;
    if (restore && restore.seq !== appliedRestore.current) {
      appliedRestore.current = restore.seq;
      appliedLayout.current = layout;
      engine.restore(restore.positions);
      return;
    }
    if (appliedLayout.current !== layout) {
      appliedLayout.current = layout;
      engine.arrange(layout, latest.current.pinned);
    }
  }, [engine, layout, restore]);
}
