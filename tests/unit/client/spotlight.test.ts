import { describe, expect, it } from 'vitest';
import {
  applySpotlight,
  clearSpotlight,
} from '../../../client/src/features/graph/view/spotlight.ts';
import cytoscape from '../../../client/src/lib/cytoscape.ts';

function graph() {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'a-X-b', source: 'a', target: 'b' } },
      { data: { id: 'b-X-c', source: 'b', target: 'c' } },
    ],
  });
}

describe('spotlighting facts on the graph', () => {
  it('when a relationship is spotlit, then it and its ends are selected and the rest fades', () => {
    const cy = graph();
    cy.getElementById('c').select();
    const lit = applySpotlight(cy, ['a-X-b', 'missing']);
    expect(lit.map((element) => element.id()).sort()).toEqual(['a', 'a-X-b', 'b']);
    expect(
      cy
        .elements(':selected')
        .map((element) => element.id())
        .sort(),
    ).toEqual(['a', 'a-X-b', 'b']);
    expect(cy.getElementById('a-X-b').hasClass('highlighted')).toBe(true);
    expect(
      cy
        .elements('.faded')
        .map((element) => element.id())
        .sort(),
    ).toEqual(['b-X-c', 'c']);
  });

  it('when cleared, then nothing is selected or faded', () => {
    const cy = graph();
    applySpotlight(cy, ['a']);
    clearSpotlight(cy);
    expect(cy.elements(':selected').length).toBe(0);
    expect(cy.elements('.faded, .highlighted').length).toBe(0);
  });
});
