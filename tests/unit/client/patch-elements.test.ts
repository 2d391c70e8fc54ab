import { describe, expect, it } from 'vitest';
import { patchElements } from '../../../client/src/features/graph/utils/patch-elements.ts';
import { toElements } from '../../../client/src/features/graph/utils/to-elements.ts';
import cytoscape from '../../../client/src/lib/cytoscape.ts';
import { graphFromPayload, mergeGraph } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

const small = graphFromPayload({
  nodes: [apiNode('a', ['Company'], 'llm'), apiNode('b', ['Product'], 'llm')],
  edges: [apiEdge('a', 'DEVELOPS', 'b')],
});

describe('patching the Cytoscape graph by id', () => {
  it('when a neighbourhood is merged, then only the new elements are added and old ones stay put', () => {
    const cy = cytoscape({ headless: true });
    patchElements(cy, toElements(small));
    cy.getElementById('a').position({ x: 10, y: 20 });

    const grown = mergeGraph(small, {
      nodes: [apiNode('a', ['Company'], 'llm'), apiNode('c', ['Technology'], 'llm')],
      edges: [apiEdge('a', 'DEVELOPS', 'b'), apiEdge('b', 'EMBODIES', 'c')],
    }).model;
    const patch = patchElements(cy, toElements(grown));

    expect(patch.added.map((element) => element.id()).sort()).toEqual(['b-EMBODIES-c', 'c']);
    expect(
      cy
        .nodes()
        .map((node) => node.id())
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(cy.edges().length).toBe(2);
    expect(cy.getElementById('a').position()).toEqual({ x: 10, y: 20 });
    expect(cy.getElementById('b').data('degree')).toBe(2);
    cy.destroy();
  });

  it('when the same graph is patched twice, then nothing is added the second time', () => {
    const cy = cytoscape({ headless: true });
    patchElements(cy, toElements(small));
    const again = patchElements(cy, toElements(small));
    expect(again.added.length).toBe(0);
    expect(again.removedCount).toBe(0);
    expect(cy.elements().length).toBe(3);
    cy.destroy();
  });

  it('when elements leave the graph, then they are removed and highlight classes elsewhere survive', () => {
    const cy = cytoscape({ headless: true });
    patchElements(cy, toElements(small));
    cy.getElementById('a').addClass('faded');
    const onlyA = graphFromPayload({ nodes: [apiNode('a', ['Company'], 'both')], edges: [] });
    const patch = patchElements(cy, toElements(onlyA));
    expect(patch.removedCount).toBe(2);
    expect(cy.getElementById('a').classes().sort()).toEqual(['camp-both', 'faded', 'kind-company']);
    cy.destroy();
  });
});
