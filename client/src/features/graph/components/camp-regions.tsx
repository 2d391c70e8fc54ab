import type cytoscape from 'cytoscape';
import { useEffect, useState } from 'react';
import { CAMP_INFO, campColors } from '../../../lib/camps.ts';
import type { LargeGraphView } from '../large/large-graph-view.ts';
import { sceneCampRegions } from '../large/scene-camp-regions.ts';
import type { Theme } from '../../../lib/theme.ts';
import { campRegions, type CampRegion } from '../utils/camp-regions.ts';
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
            <span className="camp-region__label" style={{ color: info.ink }}>
              {info.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}
