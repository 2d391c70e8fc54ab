import { describe, expect, it } from 'vitest';
import {
  connectionsOf,
  graphFromPayload,
  mergeGraph,
} from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode } from './fixtures.ts';

const start = graphFromPayload({
  nodes: [apiNode('alibaba', ['Company'], 'both'), apiNode('alibaba-cloud', ['Company'], 'both')],
  edges: [apiEdge('alibaba-cloud', 'PART_OF', 'alibaba')],
});

describe('merging a neighbourhood into the graph', () => {
  it('when the neighbourhood overlaps the graph, then only new ids are added', () => {
    const merge = mergeGraph(start, {
      nodes: [
        apiNode('alibaba-cloud', ['Company', 'Investor'], 'both', { changed: true }),
        apiNode('alibaba', ['Company'], 'both'),
        apiNode('series-b', ['FundingRound'], 'world-model'),
      ],
      edges: [
        apiEdge('alibaba-cloud', 'PART_OF', 'alibaba'),
        apiEdge('alibaba-cloud', 'LED', 'series-b'),
      ],
    });
    expect(merge.addedNodeIds).toEqual(['series-b']);
    expect(merge.addedEdgeIds).toEqual(['alibaba-cloud-LED-series-b']);
    expect([...merge.model.nodes.keys()]).toEqual(['alibaba', 'alibaba-cloud', 'series-b']);
    expect(merge.model.edges.size).toBe(2);
    // Known ids keep their first value: a merge never rewrites what is on the canvas.
    expect(merge.model.nodes.get('alibaba-cloud')?.properties.changed).toBeUndefined();
  });

  it('when nothing is new, then the very same model comes back', () => {
    const merge = mergeGraph(start, {
      nodes: [apiNode('alibaba', ['Company'], 'both')],
      edges: [apiEdge('alibaba-cloud', 'PART_OF', 'alibaba')],
    });
    expect(merge.model).toBe(start);
    expect(merge.addedNodeIds).toEqual([]);
  });

  it('when an edge points at a node that is not there, then it is left out', () => {
    const merge = mergeGraph(start, { nodes: [], edges: [apiEdge('alibaba', 'LED', 'nowhere')] });
    expect(merge.addedEdgeIds).toEqual([]);
  });

  it('when merging, then the original model is not changed', () => {
    mergeGraph(start, { nodes: [apiNode('new', ['Person'], 'neutral')], edges: [] });
    expect(start.nodes.has('new')).toBe(false);
  });
});

describe('the connections of a node', () => {
  it('when a node has incoming and outgoing edges, then outgoing come first with the other end', () => {
    const model = mergeGraph(start, {
      nodes: [apiNode('series-b', ['FundingRound'], 'world-model')],
      edges: [apiEdge('alibaba-cloud', 'LED', 'series-b')],
    }).model;
    const connections = connectionsOf(model, 'alibaba-cloud');
    expect(connections.map((c) => [c.direction, c.edge.type, c.other.id])).toEqual([
      ['out', 'LED', 'series-b'],
      ['out', 'PART_OF', 'alibaba'],
    ]);
    expect(connectionsOf(model, 'alibaba').map((c) => [c.direction, c.other.id])).toEqual([
      ['in', 'alibaba-cloud'],
    ]);
  });
});
