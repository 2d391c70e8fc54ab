import { describe, expect, it } from 'vitest';
import { visibleElements } from '../../../client/src/features/analysis/utils/visibility.ts';
import {
  entityKey,
  nextSort,
  relationshipKey,
  sortRows,
} from '../../../client/src/features/graph-table/utils/row-sort.ts';
import { graphTableRows } from '../../../client/src/features/graph-table/utils/table-rows.ts';
import type { ApiSource } from '../../../client/src/lib/api-types.ts';
import { EMPTY_EXPLORATION } from '../../../client/src/lib/exploration/exploration-url.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode, seedGraph } from './fixtures.ts';

const quoted = (edge: ReturnType<typeof apiEdge>, quotes: string[], sources: string[]) => ({
  ...edge,
  properties: { quotes, quoteSources: sources, corroboration: new Set(sources).size },
});

const graph = graphFromPayload({
  nodes: [
    apiNode('alibaba', ['Company', 'Investor'], 'both'),
    apiNode('round', ['FundingRound'], 'world-model', { amount: 2_000_000_000 }),
    apiNode('shengshu', ['Company'], 'world-model'),
    apiNode('chatgpt', ['Product'], 'llm'),
    apiNode('drift', ['Challenge'], 'none of them'),
  ],
  edges: [
    quoted(apiEdge('alibaba', 'LED', 'round'), ['Alibaba led it.', 'Alibaba led.'], ['a', 'b']),
    quoted(apiEdge('shengshu', 'RAISED', 'round'), ['ShengShu raised it.'], ['gone']),
    apiEdge('shengshu', 'FACES', 'drift'),
    apiEdge('chatgpt', 'COMPETES_WITH', 'shengshu'),
  ],
});

const sources = new Map<string, ApiSource>([
  [
    'a',
    {
      id: 'a',
      publisher: 'Pandaily',
      title: 'Alibaba bets on world models',
      year: 2026,
      date: '2026-01-01',
      facts: { entities: 0, relationships: 0 },
    },
  ],
]);

const none = { ...EMPTY_EXPLORATION };
const noTimes = new Map<string, { key: number }>();

describe('the table twin’s rows', () => {
  it('when nothing is filtered, then every entity and relationship has a row, entities by name', () => {
    const seed = graphFromPayload(seedGraph());
    const rows = graphTableRows(seed, visibleElements(seed, none, noTimes), new Map());
    expect(rows.entities).toHaveLength(45);
    expect(rows.relationships).toHaveLength(61);
    const names = rows.entities.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('when a kind, a relationship type or an entity is filtered out, then its rows go as it leaves the canvas', () => {
    const filters = {
      ...none,
      hiddenKinds: ['Challenge'],
      hiddenTypes: ['LED'],
      hidden: ['chatgpt'],
    };
    const drawn = visibleElements(graph, filters, noTimes);
    const rows = graphTableRows(graph, drawn, sources);
    expect(rows.entities.map((row) => row.id).sort()).toEqual([...drawn.nodes].sort());
    expect(rows.entities.map((row) => row.id)).toEqual(['alibaba', 'round', 'shengshu']);
    expect(rows.relationships.map((row) => row.id)).toEqual(['shengshu-RAISED-round']);
  });

  it('when the timeline stops before a dated fact, then that fact and its relationships have no row', () => {
    const times = new Map([['round', { key: 2026.9 }]]);
    const rows = graphTableRows(
      graph,
      visibleElements(graph, { ...none, time: '2026.5' }, times),
      sources,
    );
    expect(rows.entities.map((row) => row.id)).not.toContain('round');
    expect(rows.relationships.map((row) => row.type).sort()).toEqual(['COMPETES_WITH', 'FACES']);
  });

  it('when connections are counted, then only drawn relationships count', () => {
    const all = graphTableRows(graph, visibleElements(graph, none, noTimes), sources);
    const some = graphTableRows(
      graph,
      visibleElements(graph, { ...none, hiddenTypes: ['FACES', 'RAISED'] }, noTimes),
      sources,
    );
    const shengshu = (rows: typeof all) => rows.entities.find((row) => row.id === 'shengshu');
    expect(shengshu(all)?.connections).toBe(3);
    expect(shengshu(some)?.connections).toBe(1);
  });

  it('when an entity is shown, then it carries its kind as drawn and its camp, or none', () => {
    const rows = graphTableRows(graph, visibleElements(graph, none, noTimes), sources);
    const alibaba = rows.entities.find((row) => row.id === 'alibaba')!;
    expect(alibaba.kind.name).toBe('Investor');
    expect(alibaba.camp).toBe('both');
    expect(rows.entities.find((row) => row.id === 'drift')!.camp).toBeNull();
  });

  it('when a relationship cites sentences, then each comes with its source, known or by id', () => {
    const rows = graphTableRows(graph, visibleElements(graph, none, noTimes), sources);
    const led = rows.relationships.find((row) => row.type === 'LED')!;
    expect(led.from).toEqual({ id: 'alibaba', name: 'alibaba' });
    expect(led.evidence.map((line) => [line.quote, line.source?.publisher])).toEqual([
      ['Alibaba led it.', 'Pandaily'],
      ['Alibaba led.', undefined],
    ]);
    expect(led.sources).toBe(2);
    const raised = rows.relationships.find((row) => row.type === 'RAISED')!;
    expect(raised.evidence[0]).toMatchObject({ sourceId: 'gone', source: null });
    expect(rows.relationships.find((row) => row.type === 'FACES')!.evidence).toEqual([]);
  });
});

describe('sorting the table twin', () => {
  const rows = graphTableRows(graph, visibleElements(graph, none, noTimes), sources);

  it('when sorted by connections descending, then the best connected come first and ties keep name order', () => {
    const sorted = sortRows(
      rows.entities,
      { column: 'connections', direction: 'descending' },
      entityKey,
    );
    expect(sorted.map((row) => `${row.id}:${row.connections}`)).toEqual([
      'shengshu:3',
      'round:2',
      'alibaba:1',
      'chatgpt:1',
      'drift:1',
    ]);
  });

  it('when sorted by camp, then by the names shown, and entities without one stay last both ways', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(rows.entities, { column: 'camp', direction }, entityKey);
      expect(sorted.at(-1)!.id).toBe('drift');
    }
    const ascending = sortRows(
      rows.entities,
      { column: 'camp', direction: 'ascending' },
      entityKey,
    );
    expect(ascending[0]!.camp).toBe('both');
  });

  it('when sorted by evidence, then by how many sources back the fact, unquoted ones last', () => {
    const sorted = sortRows(
      rows.relationships,
      { column: 'evidence', direction: 'descending' },
      relationshipKey,
    );
    expect(sorted.map((row) => row.type).slice(0, 2)).toEqual(['LED', 'RAISED']);
  });

  it('when a header is pressed, then it sorts ascending, and again descending', () => {
    const first = nextSort({ column: 'name', direction: 'ascending' }, 'kind');
    expect(first).toEqual({ column: 'kind', direction: 'ascending' });
    expect(nextSort(first, 'kind')).toEqual({ column: 'kind', direction: 'descending' });
  });
});
