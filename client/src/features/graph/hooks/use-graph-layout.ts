import type cytoscape from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { framing } from '../utils/fit-viewport.ts';
import type { LayoutRunner } from '../utils/layout-runner.ts';
import { layoutOptions, nudgesOffEdges, type LayoutId } from '../utils/layouts.ts';
import { patchElements } from '../utils/patch-elements.ts';
import { placeNewNodes } from '../utils/place-new-nodes.ts';
import { toElements } from '../utils/to-elements.ts';

declare global {
  interface Window {
    /** Test hook: the Cytoscape instance, set once the first layout has been drawn. */
    __explorer?: { cy: cytoscape.Core };
  }
}

/** Whole-graph layouts glide for this long, in ms. */
const LAYOUT_GLIDE_MS = 550;
/** New neighbours settle a little faster: less moves. */
const GROW_GLIDE_MS = 450;

/**
 * Keeps the graph's elements and layout in step with `graph` and `layout`: the first elements
 * get the chosen layout, later ones only settle the newcomers around `anchorId`, and choosing
 * another layout rearranges everything. Returns whether a first layout has been drawn.
 */
export function useGraphLayout(
  cy: cytoscape.Core | null,
  runner: LayoutRunner | null,
  graph: GraphModel,
  layout: LayoutId,
  anchorId: string | null,
): boolean {
  const [drawn, setDrawn] = useState(false);
  const appliedLayout = useRef<LayoutId | null>(null);

  const markDrawn = useCallback((instance: cytoscape.Core) => {
    window.__explorer = { cy: instance };
    setDrawn(true);
  }, []);

  const arrangeAll = useCallback(
    (instance: cytoscape.Core, layoutRunner: LayoutRunner, id: LayoutId, duration: number) => {
      appliedLayout.current = id;
      const size = { width: instance.width(), height: instance.height() };
      const options = layoutOptions(id, instance.nodes(), size);
      const motion = { fit: true, duration, nudge: nudgesOffEdges(id) && {} };
      void layoutRunner.run(instance.elements(), options, motion).then((done) => {
        if (done) markDrawn(instance);
      });
    },
    [markDrawn],
  );

  useEffect(() => {
    if (!cy || !runner) return;
    const hadNodes = cy.nodes().nonempty();
    const { added } = patchElements(cy, toElements(graph));
    if (!hadNodes) {
      // The first drawing appears in place: there is nothing yet to follow with the eye.
      if (cy.nodes().nonempty()) arrangeAll(cy, runner, layout, 0);
      return;
    }
    const addedNodes = added.nodes();
    if (addedNodes.empty()) return;
    const options = placeNewNodes(cy, addedNodes, anchorId);
    const movable = new Set(addedNodes.map((node) => node.id()));
    const motion = { fit: false, duration: GROW_GLIDE_MS, nudge: { movable } };
    void runner.run(cy.elements(), options, motion).then((done) => {
      if (!done) return;
      // Bring the newcomers into view if the ring pushed any of them off screen.
      const view = cy.extent();
      const box = addedNodes.boundingBox();
      if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) {
        cy.animate(framing(cy, cy.elements().boundingBox()), { duration: 400 });
      }
    });
  }, [cy, runner, graph, anchorId, layout, arrangeAll]);

  useEffect(() => {
    if (!cy || !runner || appliedLayout.current === null || appliedLayout.current === layout) {
      return;
    }
    arrangeAll(cy, runner, layout, LAYOUT_GLIDE_MS);
  }, [cy, runner, layout, arrangeAll]);

  return drawn;
}
