import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStyle, HUB_DEGREE } from '../../../client/src/features/graph/utils/graph-style.ts';

/** A hub with HUB_DEGREE spokes, and one ordinary pair beside it. */
function hubGraph(): cytoscape.Core {
  const spokes = Array.from({ length: HUB_DEGREE }, (_, i) => `spoke-${i}`);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle('light') as unknown as cytoscape.StylesheetJson,
    elements: [
      { data: { id: 'hub' } },
      ...spokes.map((id) => ({ data: { id } })),
      ...spokes.map((id) => ({ data: { id: `hub-${id}`, source: 'hub', target: id } })),
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'a-b', source: 'a', target: 'b' } },
    ],
  });
}

const opacity = (cy: cytoscape.Core, id: string) => Number(cy.getElementById(id).style('opacity'));

describe('relationships of a hub', () => {
  it('when an entity has a dozen relationships or more, then its fan is drawn lighter than an ordinary relationship', () => {
    const cy = hubGraph();
    expect(opacity(cy, 'a-b')).toBe(1);
    expect(opacity(cy, 'hub-spoke-0')).toBeLessThan(0.6);
  });

  it('when one of them is hovered, highlighted or selected, then it is back at full strength', () => {
    const cy = hubGraph();
    cy.getElementById('hub-spoke-1').addClass('hover');
    cy.getElementById('hub-spoke-2').addClass('highlighted');
    cy.getElementById('hub-spoke-3').select();
    for (const id of ['hub-spoke-1', 'hub-spoke-2', 'hub-spoke-3']) expect(opacity(cy, id)).toBe(1);
    expect(opacity(cy, 'hub-spoke-4')).toBeLessThan(0.6);
  });
});
