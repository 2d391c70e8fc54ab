import { describe, expect, it } from 'vitest';
import { mapRows } from '../../../server/neo4j/map-rows.ts';
import type { PlainValue } from '../../../server/neo4j/plain-values.ts';
import { RowShapeError } from '../../../server/neo4j/rows/row-shape-error.ts';

const node = { id: 'a', labels: ['Company'], properties: { name: 'A' } };
const edge = { id: 'a-LED-b', type: 'LED', source: 'a', target: 'b', properties: {} };

/** A graph/paths row with these nodes and edges. */
const pathRow = (nodes: PlainValue, edges: PlainValue = []) => ({ nodes, edges, hops: 0 });

/** What the server log would say is wrong with this row: `field "…": reason`. */
function complaint(
  row: Record<string, PlainValue>,
  query: 'graph/paths' | 'graph/node-by-id' = 'graph/paths',
): string {
  try {
    mapRows(query, [row]);
  } catch (error) {
    if (error instanceof RowShapeError) return error.detail.replace(/^.*row 0, /, '');
    throw error;
  }
  return 'accepted';
}

describe('node and edge maps in graph rows', () => {
  it('when property values are text, numbers, true/false, null or lists of them, then they are accepted as they are', () => {
    const properties = { name: 'A', year: 2025, open: false, gone: null, tags: ['x', 1, [true]] };
    const [row] = mapRows('graph/paths', [pathRow([{ ...node, properties }])]);
    expect(row?.nodes[0]?.properties).toEqual(properties);
  });

  it.each([
    ['a map', { place: { x: 1 } }, 'nodes[0].properties.place'],
    ['a list holding a map', { places: [{ x: 1 }] }, 'nodes[0].properties.places'],
  ])('when a property holds %s, then that property is named', (_what, properties, field) => {
    expect(complaint(pathRow([{ ...node, properties: properties as PlainValue }]))).toBe(
      `field "${field}": must be text, a number, true/false, null or a list of them`,
    );
  });

  it.each([
    ['null', null],
    ['a list', ['A']],
    ['text', 'A'],
  ])('when the properties are %s, then they are refused as not a map', (_what, properties) => {
    expect(complaint(pathRow([{ ...node, properties }]))).toBe(
      'field "nodes[0].properties": must be a map of properties',
    );
  });

  it.each([
    ['null', null],
    ['a list', [node]],
    ['text', 'a'],
  ])('when a node is %s, then it is refused as not a node map', (_what, value) => {
    expect(complaint(pathRow([node, value]))).toBe('field "nodes[1]": must be a node map');
  });

  it('when a node id is not text or its labels are not a list, then that field is named', () => {
    expect(complaint(pathRow([{ ...node, id: 7 }]))).toBe('field "nodes[0].id": must be text');
    expect(complaint(pathRow([{ ...node, labels: 'Company' }]))).toBe(
      'field "nodes[0].labels": must be a list of text',
    );
  });

  it.each(['id', 'type', 'source', 'target'])(
    'when an edge %s is not text, then that field is named',
    (key) => {
      expect(complaint(pathRow([node], [edge, { ...edge, [key]: 1 }]))).toBe(
        `field "edges[1].${key}": must be text`,
      );
    },
  );

  it('when an edge is not a map or its properties are wrong, then the edge or property is named', () => {
    expect(complaint(pathRow([node], [null]))).toBe('field "edges[0]": must be an edge map');
    expect(complaint(pathRow([node], [{ ...edge, properties: { at: { x: 1 } } }]))).toBe(
      'field "edges[0].properties.at": must be text, a number, true/false, null or a list of them',
    );
    expect(complaint(pathRow([node], [{ ...edge, properties: null }]))).toBe(
      'field "edges[0].properties": must be a map of properties',
    );
  });

  it('when nodes or edges are not lists, then the column is named', () => {
    expect(complaint(pathRow(node))).toBe('field "nodes": must be a list');
    expect(complaint(pathRow([node], edge))).toBe('field "edges": must be a list');
  });

  it('when a node has an empty or non-text name, then its caption is its id', () => {
    const [row] = mapRows('graph/paths', [
      pathRow([
        { ...node, id: 'empty', properties: { name: '' } },
        { ...node, id: 'number', properties: { name: 7 } },
      ]),
    ]);
    expect(row?.nodes.map((item) => item.caption)).toEqual(['empty', 'number']);
  });

  it('when a single node column is not a node map, then it is refused', () => {
    expect(complaint({ node: ['a'] }, 'graph/node-by-id')).toBe('field "node": must be a node map');
  });
});
