import { describe, expect, it } from 'vitest';
import {
  kindClass,
  relationshipWords,
  toEdgeElement,
  toElements,
  toNodeElement,
} from '../../../client/src/features/graph/utils/to-elements.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

describe('the mapper from API graphs to Cytoscape elements', () => {
  it('when a node has the Company and Investor labels, then it is drawn as an Investor', () => {
    expect(kindClass(['Company', 'Investor'])).toBe('kind-investor');
    expect(kindClass(['Investor', 'Company'])).toBe('kind-investor');
  });

  it('when a label has two words, then its kind class is kebab-case', () => {
    expect(kindClass(['FundingRound'])).toBe('kind-funding-round');
    expect(kindClass(['Technology'])).toBe('kind-technology');
  });

  it('when no label is known, then the node still gets a kind class', () => {
    expect(kindClass(['Gadget'])).toBe('kind-other');
    expect(kindClass([])).toBe('kind-other');
  });

  it('when a node is mapped, then its id, caption and camp carry over', () => {
    const element = toNodeElement(apiNode('shengshu', ['Company'], 'world-model'), 3);
    expect(element.group).toBe('nodes');
    expect(element.data).toEqual({
      id: 'shengshu',
      label: 'shengshu',
      camp: 'world-model',
      degree: 3,
    });
    expect(element.classes).toEqual(['kind-company', 'camp-world-model']);
  });

  it('when a node has no camp or an unknown one, then it counts as neutral', () => {
    expect(toNodeElement(apiNode('x', ['Person'], 'sideline')).data.camp).toBe('neutral');
  });

  it('when an edge is mapped, then it keeps its API id, ends and type, with the type as words', () => {
    const element = toEdgeElement(apiEdge('tal-education', 'PARTICIPATED_IN', 'round'));
    expect(element.data).toEqual({
      id: 'tal-education-PARTICIPATED_IN-round',
      source: 'tal-education',
      target: 'round',
      type: 'PARTICIPATED_IN',
      label: 'participated in',
    });
    expect(relationshipWords('SUCCESSOR_TO')).toBe('successor to');
  });

  it('when a whole graph is mapped, then nodes come first and each knows its degree', () => {
    const model = graphFromPayload({
      nodes: [apiNode('a', ['Company'], 'llm'), apiNode('b', ['Product'], 'llm')],
      edges: [apiEdge('a', 'DEVELOPS', 'b'), apiEdge('b', 'EMBODIES', 'a')],
    });
    const elements = toElements(model);
    expect(elements.map((element) => element.group)).toEqual(['nodes', 'nodes', 'edges', 'edges']);
    expect(elements[0]?.data.degree).toBe(2);
  });
});
