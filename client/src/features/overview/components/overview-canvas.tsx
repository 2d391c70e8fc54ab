import type cytoscape from 'cytoscape';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useState,
  useEffectEvent,
  type ReactNode,
  type Ref,
} from 'react';
import cytoscapeWithExtensions from '../../../lib/cytoscape.ts';
import { markOnce } from '../../../lib/perf-marks.ts';
import type { OverviewGroup, OverviewPayload } from '../../../lib/api-types.ts';
import type { ZoomHandle } from '../../../lib/canvas-handle.ts';
import { framing, zoomAboutCenter } from '../../../lib/viewport.ts';
import type { Theme } from '../../../lib/theme.ts';
import { overviewElements } from '../utils/overview-elements.ts';
import { overviewStyle } from '../utils/overview-style.ts';

declare global {
  interface Window {
    /** Test hook: the overview's Cytoscape instance, once its groups are drawn. */
    __explorerOverview?: { cy: cytoscape.Core };
  }
}

/** The box grown upwards, so that framing it leaves the notice over the canvas clear. */
function roomForNotice(box: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH) {
  return { x1: box.x1, x2: box.x2, y1: box.y1 - box.h * 0.12, y2: box.y2 };
}

export interface OverviewCanvasProps {
  overview: OverviewPayload;
  theme: Theme;
  /** A group was clicked: draw its most connected entities. */
  onDrill: (group: OverviewGroup) => void;
  ref?: Ref<ZoomHandle>;
  /** Overlays drawn above the overview: the notice, the status line, zoom buttons. */
  children?: ReactNode;
}

/**
 * The database summarised for when it is too large to draw whole: one node per kind and camp,
 * sized by how many entities it holds, linked by how many relationships run between groups.
 * Clicking a group asks for its most connected entities. Its own small Cytoscape instance.
 */
export function OverviewCanvas({ overview, theme, onDrill, ref, children }: OverviewCanvasProps) {
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const drill = useEffectEvent(onDrill);

  const attach = useCallback((surface: HTMLDivElement | null) => {
    if (!surface) return;
    const instance = cytoscapeWithExtensions({
      container: surface,
      style: overviewStyle('light'),
      minZoom: 0.1,
      maxZoom: 3,
      autoungrabify: true,
      boxSelectionEnabled: false,
    });
    setCy(instance);
    return () => {
      if (window.__explorerOverview?.cy === instance) delete window.__explorerOverview;
      instance.destroy();
      setCy(null);
    };
  }, []);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(overviewElements(overview));
    });
    cy.viewport(framing(cy, roomForNotice(cy.elements().boundingBox({ includeLabels: true }))));
    window.__explorerOverview = { cy };
    // The summary is what this page draws of the database: its first frame counts as the graph's.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        markOnce('explorer:first-frame');
        markOnce('explorer:layout-settled');
      }),
    );
    const onTap = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.hasClass('header')) return;
      const group = overview.groups.find((candidate) => candidate.id === node.id());
      if (group) drill(group);
    };
    const container = cy.container();
    const onOver = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.hasClass('header')) return;
      node.addClass('hover');
      node.connectedEdges().addClass('hover');
      if (container) container.style.cursor = 'pointer';
    };
    const onOut = (event: cytoscape.EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      node.removeClass('hover');
      node.connectedEdges().removeClass('hover');
      if (container) container.style.cursor = '';
    };
    cy.on('tap', 'node', onTap);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    return () => {
      cy.off('tap', 'node', onTap);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
    };
  }, [cy, overview]);

  useEffect(() => {
    cy?.style(overviewStyle(theme));
  }, [cy, theme]);

  useImperativeHandle(
    ref,
    () => ({
      zoomBy(factor) {
        if (cy) zoomAboutCenter(cy, factor);
      },
      fit() {
        if (!cy) return;
        cy.stop();
        cy.animate(framing(cy, roomForNotice(cy.elements().boundingBox({ includeLabels: true }))), {
          duration: 350,
        });
      },
    }),
    [cy],
  );

  return (
    <div
      className="graph-canvas overview-canvas"
      data-testid="overview-canvas"
      data-state={cy ? 'ready' : 'loading'}
    >
      <div
        className="graph-canvas__surface"
        ref={attach}
        role="application"
        aria-label="Overview of the database by kind and camp: click a group to draw its most connected entities"
      />
      {children}
    </div>
  );
}
