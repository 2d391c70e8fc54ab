import type cytoscape from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { markOnce } from '../large/marks.ts';
import { framing } from '../utils/fit-viewport.ts';
import type { LayoutRunner } from '../utils/layout-runner.ts';
import { layoutOptions, loadLayout, nudgesOffEdges, type LayoutId } from '../utils/layouts.ts';
import { patchElements } from '../utils/patch-elements.ts';
import { placeNewNodes } from '../utils/place-new-nodes.ts';
import { placesAll, positionsOf, presetFor, type PositionRequest } from '../utils/positions.ts';
import type { LargeGraphEngine } from '../large/large-graph-engine.ts';
import type { Point } from '../utils/ring-positions.ts';
import { toElements } from '../utils/to-elements.ts';
import { applyVisibility, type CanvasVisibility } from '../utils/visibility-classes.ts';

declare global {
  interface Window {
    /**
     * Test hook, set once the graph is first drawn: the Cytoscape instance and, for a large
     * graph, its engine (Cytoscape holds only a window of a large graph; the scene holds all).
     */
    __explorer?: { cy: cytoscape.Core; large?: LargeGraphEngine };
  }
}

/** Whole-graph layouts glide for this long, in ms. */
const LAYOUT_GLIDE_MS = 550;
/** New neighbours settle a little faster: less moves. */
const GROW_GLIDE_MS = 450;
/** Undo and redo glide back quickly: the person knows where things were. */
const RESTORE_GLIDE_MS = 300;

/** What the canvas is asked to draw and how to arrange it. */
export interface GraphLayoutInput {
  graph: GraphModel;
  /** What the filters leave visible; the rest stays on the canvas, hidden. */
  visible: CanvasVisibility;
  layout: LayoutId;
  /** The node whose neighbourhood was merged last: new nodes appear around it. */
  anchorId: string | null;
  /** Nodes pinned by a drag, where they were put: layouts leave them there. */
  pinned: ReadonlyMap<string, Point>;
  /**
   * Positions to put nodes at instead of laying them out: a shared link's on the first drawing,
   * an undo's or redo's afterwards. Each new `seq` is applied once.
   */
  restore: PositionRequest | null;
  /** Called with every node's position whenever a layout, placement or restore has settled. */
  onPositions: (positions: Record<string, Point>) => void;
}

function visibleElements(cy: cytoscape.Core): cytoscape.CollectionReturnValue {
  return cy.elements().not('.filtered');
}

/**
 * Keeps the graph's elements, visibility and layout in step with the input: the first elements
 * get the chosen layout (or the restored positions), later ones only settle the newcomers around
 * `anchorId`, choosing another layout rearranges what is visible around pinned nodes, and a
 * restore request glides nodes back. Filtering only toggles a class. Returns whether a first
 * layout has been drawn.
 */
export function useGraphLayout(
  cy: cytoscape.Core | null,
  runner: LayoutRunner | null,
  input: GraphLayoutInput,
): boolean {
  const { graph, visible, layout, anchorId, restore } = input;
  const [drawn, setDrawn] = useState(false);
  const appliedLayout = useRef<LayoutId | null>(null);
  const appliedRestore = useRef<number | null>(null);
  // Read when a layout starts or settles, never a reason to start one.
  const latest = useRef({ pinned: input.pinned, onPositions: input.onPositions });
  useEffect(() => {
    latest.current = { pinned: input.pinned, onPositions: input.onPositions };
  });
  const report = useCallback((instance: cytoscape.Core) => {
    if (!instance.destroyed()) latest.current.onPositions(positionsOf(instance));
  }, []);

  const markDrawn = useCallback((instance: cytoscape.Core) => {
    window.__explorer = { cy: instance };
    setDrawn(true);
    // The frame after next has painted the arrangement: the graph is on screen, and settled.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (instance.destroyed() || instance.nodes().empty()) return;
        markOnce('explorer:first-frame');
        markOnce('explorer:layout-settled');
      }),
    );
  }, []);

  const arrangeAll = useCallback(
    async (
      instance: cytoscape.Core,
      layoutRunner: LayoutRunner,
      id: LayoutId,
      duration: number,
    ) => {
      appliedLayout.current = id;
      await loadLayout(id);
      if (instance.destroyed() || appliedLayout.current !== id) return;
      const elements = visibleElements(instance);
      const options = layoutOptions(id, elements.nodes(), latest.current.pinned);
      const motion = {
        fit: true,
        duration,
        nudge: nudgesOffEdges(id) && {},
        fixed: latest.current.pinned,
      };
      const done = await layoutRunner.run(elements, options, motion);
      if (!done) return;
      markDrawn(instance);
      report(instance);
    },
    [markDrawn, report],
  );

  /** Glides (or, with no duration, jumps) nodes to the positions a restore names. */
  const glideTo = useCallback(
    (
      instance: cytoscape.Core,
      layoutRunner: LayoutRunner,
      request: PositionRequest,
      ms: number,
    ) => {
      appliedRestore.current = request.seq;
      const elements = instance.elements();
      const nodes = elements.nodes();
      const options = {
        name: 'preset',
        positions: Object.fromEntries(presetFor(nodes, request.positions)),
      };
      void layoutRunner
        .run(elements, options as cytoscape.LayoutOptions, {
          fit: ms === 0,
          duration: ms,
          nudge: false,
        })
        .then((done) => {
          if (!done) return;
          markDrawn(instance);
          report(instance);
        });
    },
    [markDrawn, report],
  );

  useEffect(() => {
    if (!cy || !runner) return;
    const hadNodes = cy.nodes().nonempty();
    const { added } = patchElements(cy, toElements(graph));
    applyVisibility(cy, visible);
    const pending = restore && restore.seq !== appliedRestore.current ? restore : null;
    if (!hadNodes) {
      if (cy.nodes().empty()) return;
      appliedLayout.current = layout;
      // A shared link says where everything was: put it there rather than laying it out.
      if (pending && placesAll(cy.nodes(), pending.positions)) glideTo(cy, runner, pending, 0);
      // The first drawing appears in place: there is nothing yet to follow with the eye.
      else void arrangeAll(cy, runner, layout, 0);
      return;
    }
    const addedNodes = added.nodes();
    if (addedNodes.empty()) return;
    if (pending && placesAll(addedNodes, pending.positions)) {
      // An undone collapse brings nodes back where they were; the restore effect does the rest.
      addedNodes.forEach((node) => {
        node.position({ ...pending.positions[node.id()]! });
      });
      return;
    }
    const options = placeNewNodes(cy, addedNodes, anchorId);
    const movable = new Set(addedNodes.map((node) => node.id()));
    const motion = { fit: false, duration: GROW_GLIDE_MS, nudge: { movable } };
    void runner.run(visibleElements(cy), options, motion).then((done) => {
      if (!done) return;
      report(cy);
      // Bring the newcomers into view if the ring pushed any of them off screen.
      const view = cy.extent();
      const box = addedNodes.boundingBox();
      if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) {
        cy.animate(framing(cy, visibleElements(cy).boundingBox()), { duration: 400 });
      }
    });
    // Visibility has its own effect; here it only needs applying to what was just added.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, runner, graph, anchorId, arrangeAll, glideTo, report]);

  useEffect(() => {
    if (cy) applyVisibility(cy, visible);
  }, [cy, visible]);

  useEffect(() => {
    if (!cy || !runner || appliedLayout.current === null) return;
    if (restore && restore.seq !== appliedRestore.current) {
      appliedLayout.current = layout;
      glideTo(cy, runner, restore, RESTORE_GLIDE_MS);
      return;
    }
    if (appliedLayout.current !== layout) void arrangeAll(cy, runner, layout, LAYOUT_GLIDE_MS);
  }, [cy, runner, layout, restore, arrangeAll, glideTo]);

  return drawn;
}
