import type cytoscape from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Camp } from '../../../lib/api-types.ts';
import { CAMP_INFO, campColors } from '../../../lib/camps.ts';
import type { LargeGraphView } from '../large/large-graph-view.ts';
import { sceneCampRegions } from '../large/scene-camp-regions.ts';
import type { Theme } from '../../../lib/theme.ts';
import {
  campRegions,
  campsWithCoveredLabels,
  type CampRegion,
  type LabelBox,
} from '../utils/camp-regions.ts';
import './camp-regions.css';

interface CampRegionsProps {
  cy: cytoscape.Core;
  theme: Theme;
  /** A large graph's view: regions come from its scene, not from measuring every node. */
  large?: LargeGraphView | null;
}

/**
 * Tinted areas behind the LLM and world-model camps, labelled, following the graph as it pans,
 * zooms and moves. Plain DOM under Cytoscape's transparent canvas: no extension needed.
 */
export function CampRegions({ cy, theme, large = null }: CampRegionsProps) {
  const [regions, setRegions] = useState<CampRegion[]>([]);
  const labelElements = useRef(new Map<Camp, HTMLElement>());

  useEffect(() => {
    let frame = 0;
    let measured = -1;
    // 'position' fires once per moving node per frame; one measurement per frame is plenty.
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const scene = large?.current;
        if (!large) return setRegions(campRegions(cy));
        if (!scene) return;
        measured = scene.version;
        setRegions(sceneCampRegions(scene, cy.zoom(), cy.pan()));
      });
    };
    schedule();
    const events = large ? 'viewport resize' : 'viewport position add remove resize';
    cy.on(events, schedule);
    // A large scene moves without Cytoscape events (layout frames): look for changes now and then.
    const poll = large
      ? window.setInterval(() => {
          if (large.current && large.current.version !== measured) schedule();
        }, 250)
      : 0;
    return () => {
      cancelAnimationFrame(frame);
      clearInterval(poll);
      cy.off(events, schedule);
    };
  }, [cy, large]);

  // Labels keep their size on screen, so whether one lies over another camp's region is measured
  // where it is drawn, before the frame is painted. Hidden rather than removed: still measurable.
  // A label's box within its region never changes, so it is measured once per element: reading
  // offsets forces a page layout, which on a 20k-entity page costs tens of milliseconds per update.
  const labelBoxes = useRef(new WeakMap<HTMLElement, LabelBox>());
  useEffect(() => {
    // A web font arriving late changes label widths: measure again.
    const forget = () => (labelBoxes.current = new WeakMap());
    document.fonts?.addEventListener('loadingdone', forget);
    return () => document.fonts?.removeEventListener('loadingdone', forget);
  }, []);
  useLayoutEffect(() => {
    const labels: Partial<Record<Camp, LabelBox>> = {};
    for (const [camp, element] of labelElements.current) {
      labels[camp] = labelBoxes.current.get(element) ?? measureLabel(element);
      labelBoxes.current.set(element, labels[camp]);
    }
    const covered = campsWithCoveredLabels(regions, labels);
    for (const [camp, element] of labelElements.current) {
      element.toggleAttribute('data-covered', covered.has(camp));
    }
  }, [regions]);

  return (
    <div className="camp-regions" aria-hidden="true">
      {regions.map((region) => {
        const info = { ...CAMP_INFO[region.camp], ...campColors(region.camp, theme) };
        return (
          <div
            key={region.camp}
            className={`camp-region camp-region--${region.camp}`}
            style={{
              left: region.x,
              top: region.y,
              width: region.width,
              height: region.height,
              background: info.tint,
              borderColor: info.ink,
            }}
          >
            <span
              ref={(element) => {
                if (element) labelElements.current.set(region.camp, element);
                else labelElements.current.delete(region.camp);
              }}
              className="camp-region__label"
              style={{ color: info.ink }}
            >
              {info.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}

function measureLabel(element: HTMLElement): LabelBox {
  const { offsetLeft: x, offsetTop: y, offsetWidth: width, offsetHeight: height } = element;
  return { x, y, width, height };
}
