import type cytoscape from 'cytoscape';
import { useEffect, useState } from 'react';
import { CAMP_INFO, campColours } from '../../../lib/camps.ts';
import type { Theme } from '../utils/graph-style.ts';
import { campRegions, type CampRegion } from '../utils/camp-regions.ts';

/**
 * Tinted areas behind the LLM and world-model camps, labelled, following the graph as it pans,
 * zooms and moves. Plain DOM under Cytoscape's transparent canvas: no extension needed.
 */
export function CampRegions({ cy, theme }: { cy: cytoscape.Core; theme: Theme }) {
  const [regions, setRegions] = useState<CampRegion[]>([]);

  useEffect(() => {
    let frame = 0;
    // 'position' fires once per moving node per frame; one measurement per frame is plenty.
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setRegions(campRegions(cy)));
    };
    schedule();
    const events = 'viewport position add remove resize';
    cy.on(events, schedule);
    return () => {
      cancelAnimationFrame(frame);
      cy.off(events, schedule);
    };
  }, [cy]);

  return (
    <div className="camp-regions" aria-hidden="true">
      {regions.map((region) => {
        const info = { ...CAMP_INFO[region.camp], ...campColours(region.camp, theme) };
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
