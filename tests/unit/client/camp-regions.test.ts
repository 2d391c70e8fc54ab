import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  campRegions,
  campsWithCoveredLabels,
  type CampRegion,
} from '../../../client/src/features/graph/utils/camp-regions.ts';

/** An LLM node and a world-model node 100 model pixels apart, at zoom 1. */
function twoCamps(): cytoscape.Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 20, height: 20, label: '' } }],
    elements: [
      { data: { id: 'a' }, classes: 'camp-llm', position: { x: 0, y: 0 } },
      { data: { id: 'b' }, classes: 'camp-world-model', position: { x: 100, y: 0 } },
    ],
  });
  // The preset layout fits the graph to a canvas that a headless core does not have.
  cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
  return cy;
}

describe('campRegions', () => {
  it('when zoomed out, then the padding shrinks with the graph, so regions keep the gap between camps', () => {
    const cy = twoCamps();
    const [llmAtOne, worldAtOne] = campRegions(cy);
    cy.zoom(0.2);
    const [llm, world] = campRegions(cy);
    expect(llm!.width).toBeCloseTo(llmAtOne!.width * 0.2);
    const gapAtOne = worldAtOne!.x - (llmAtOne!.x + llmAtOne!.width);
    expect(world!.x - (llm!.x + llm!.width)).toBeCloseTo(gapAtOne * 0.2);
  });

  it('when zoomed in, then the padding stays 18 px on screen', () => {
    const cy = twoCamps();
    const [atOne] = campRegions(cy);
    cy.zoom(2);
    const [atTwo] = campRegions(cy);
    expect(atTwo!.width).toBeCloseTo((atOne!.width - 36) * 2 + 36);
  });

  it('when measured for an export, then the padding is 18 model pixels at any zoom', () => {
    const cy = twoCamps();
    cy.zoom(0.2);
    const [llm] = campRegions(cy, 'model');
    const node = cy.getElementById('a').boundingBox({ includeLabels: true });
    expect(llm!.width).toBeCloseTo(node.w + 36);
  });
});

describe('campsWithCoveredLabels', () => {
  const region = (camp: CampRegion['camp'], x: number, y: number): CampRegion => ({
    camp,
    x,
    y,
    width: 100,
    height: 60,
  });
  // Drawn 22 px above the region's top, 12 px in from its left.
  const label = { x: 12, y: -22, width: 90, height: 18 };

  it('when a label lies over another camp’s region, then that camp’s label is covered, and only that one', () => {
    const regions = [region('llm', 0, 0), region('world-model', 0, 70)];
    const covered = campsWithCoveredLabels(regions, { llm: label, 'world-model': label });
    expect([...covered]).toEqual(['world-model']);
  });

  it('when the regions are far apart, then no label is covered', () => {
    const regions = [region('llm', 0, 0), region('world-model', 0, 200)];
    const covered = campsWithCoveredLabels(regions, { llm: label, 'world-model': label });
    expect(covered.size).toBe(0);
  });
});
