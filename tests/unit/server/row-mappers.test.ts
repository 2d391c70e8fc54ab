import { describe, expect, it } from 'vitest';
import { mapRows } from '../../../server/neo4j/map-rows.ts';
import type { PlainValue } from '../../../server/neo4j/plain-values.ts';
import { RowShapeError } from '../../../server/neo4j/rows/row-shape-error.ts';

const node = (id: string, properties: Record<string, PlainValue> = { name: 'ShengShu' }) => ({
  id,
  labels: ['Company'],
  properties,
});
const edge = { id: 'a-LED-b', type: 'LED', source: 'a', target: 'b', properties: { year: 2025 } };
const part = { nodes: [node('a'), node('b')], edges: [edge], hubs: [] };

/** The error mapRows throws for these rows, for its message and fields. */
function refusal(run: () => unknown): RowShapeError {
  try {
    run();
  } catch (error) {
    if (error instanceof RowShapeError) return error;
    throw error;
  }
  throw new Error('the rows were accepted');
}

describe('row mappers', () => {
  it('when a graph row has the expected shape, then its nodes become ApiNodes with a caption', () => {
    const [row] = mapRows('graph/whole-graph', [part]);
    expect(row?.nodes[0]).toEqual({
      id: 'a',
      labels: ['Company'],
      caption: 'ShengShu',
      properties: { name: 'ShengShu' },
    });
    expect(row?.edges).toEqual([edge]);
    expect(row?.hubs).toEqual([]);
  });

  it('when a node has no name, then its caption is its id', () => {
    const [row] = mapRows('graph/node-by-id', [{ node: node('no-name', {}) }]);
    expect(row?.node.caption).toBe('no-name');
  });

  it('when a node label is not text, then the error names the query file and the field', () => {
    const bad = { ...part, nodes: [node('a'), { ...node('b'), labels: [7] }] };
    const error = refusal(() => mapRows('graph/whole-graph', [bad]));
    expect(error.query).toBe('graph/whole-graph');
    expect(error.field).toBe('nodes[1].labels');
    expect(error.detail).toContain('cypher/graph/whole-graph.cypher');
    expect(error.detail).toContain('nodes[1].labels');
    // Ends with what was wrong there, as the shape check said it.
    expect(error.detail).toMatch(/nodes\[1\]\.labels": must be a list of text$/);
  });

  it('when a property holds a map, then the error names that property', () => {
    const bad = { ...part, nodes: [node('a', { name: 'A', place: { x: 1, y: 2 } })] };
    expect(refusal(() => mapRows('graph/whole-graph', [bad])).field).toBe(
      'nodes[0].properties.place',
    );
  });

  it('when an edge end is not text, then the error names it', () => {
    const bad = { ...part, edges: [{ ...edge, target: null }] };
    expect(refusal(() => mapRows('graph/paths', [{ ...bad, hops: 1 }])).field).toBe(
      'edges[0].target',
    );
  });

  it('when a scalar column has the wrong type, then the error names the row and the column', () => {
    const rows = [{ total: 2 }, { total: '2' }];
    const error = refusal(() => mapRows('graph/group-count', rows));
    expect(error.row).toBe(1);
    expect(error.detail).toMatch(/cypher\/graph\/group-count\.cypher.*row 1, field "total"/);
  });

  it('when a column is missing, then the error names it', () => {
    const error = refusal(() => mapRows('graph/paths', [{ nodes: [], edges: [] }]));
    expect(error.field).toBe('hops');
  });

  it('when a stored role is not one the app knows, then the session row is refused', () => {
    const error = refusal(() => mapRows('auth/session-get', [{ name: 'ada', role: 'root' }]));
    expect(error.detail).toContain('cypher/auth/session-get.cypher');
    expect(error.field).toBe('role');
  });

  it('when a source omits optional metadata, then those fields are left out, not null', () => {
    const [row] = mapRows('sources/list-sources', [
      {
        source: {
          id: 's',
          title: 'T',
          publisher: 'P',
          site: null,
          year: null,
          published: '2025-05-01',
          url: null,
          date: '2025-05-01',
          addedAt: null,
        },
        entities: 3,
        relationships: 1,
      },
    ]);
    expect(JSON.parse(JSON.stringify(row?.source))).toEqual({
      id: 's',
      title: 'T',
      publisher: 'P',
      published: '2025-05-01',
      date: '2025-05-01',
    });
  });

  it('when conflict claims are JSON text, then they are read; when not, the field is named', () => {
    const conflict = {
      kind: 'entity',
      id: 'x',
      name: 'X',
      disputed: ['city'],
      claims: JSON.stringify({ city: [{ value: 'Paris', source: 's', quote: 'q' }] }),
    };
    expect(mapRows('sources/conflicts', [conflict])[0]?.claims.city?.[0]?.value).toBe('Paris');
    const broken = refusal(() => mapRows('sources/conflicts', [{ ...conflict, claims: '{' }]));
    expect(broken.field).toBe('claims');
    expect((broken.cause as Error).message).toBe(
      'cypher/sources/conflicts.cypher answered a row the server cannot use: row 0, field "claims": must be JSON text',
    );
  });

  it('when a saved view row is read, then it becomes the API view with its declarations parsed', () => {
    const params = [{ name: 'n', type: 'integer', default: 2, description: 'How many' }];
    const [row] = mapRows('saved-views/get', [
      {
        view: {
          id: 'mine',
          title: 'Mine',
          description: null,
          category: 'Funding',
          cypher: 'RETURN 1',
          params: JSON.stringify(params),
          positions: '',
          createdAt: '2025-01-01T00:00:00Z',
        },
      },
    ]);
    expect(row?.view).toEqual({
      id: 'mine',
      title: 'Mine',
      description: '',
      category: 'Funding',
      cypher: 'RETURN 1',
      params,
      builtin: false,
    });
  });

  it('when a saved view stores a parameter of an unknown type, then the field is named', () => {
    const view = {
      id: 'mine',
      title: 'Mine',
      description: '',
      category: 'Funding',
      cypher: 'RETURN 1',
      params: JSON.stringify([{ name: 'n', type: 'date', default: 1, description: '' }]),
      positions: null,
    };
    expect(refusal(() => mapRows('saved-views/list', [{ view }])).field).toBe(
      'view.params[0].type',
    );
  });
});
