import { describe, expect, it } from 'vitest';
import { nodeColumns, relationshipColumns } from '../../../server/seed/columns.ts';
import type { SeedNode, SeedRelationship } from '../../../server/seed/seed-data.ts';

const node = (id: string, labels: string[], quotes: string[]): SeedNode =>
  ({
    id,
    labels,
    name: id.toUpperCase(),
    camp: 'llm',
    properties: { year: 2025 },
    quotes,
  }) as SeedNode;

describe('seed columns', () => {
  it('when rows repeat label and quote lists, then each distinct list is sent once and rows point at it', () => {
    const columns = nodeColumns(
      [
        node('a', ['Company'], ['q1']),
        node('b', ['Company', 'Investor'], ['q1']),
        node('c', ['Company'], ['q2', 'q1']),
      ],
      'src',
    );
    expect(columns.ids).toEqual(['a', 'b', 'c']);
    expect(columns.names).toEqual(['A', 'B', 'C']);
    expect(columns.labelSets).toEqual([['Company'], ['Company', 'Investor']]);
    expect(columns.labelsOf).toEqual([0, 1, 0]);
    expect(columns.quoteSets).toEqual([['q1'], ['q2', 'q1']]);
    expect(columns.quoteOf).toEqual([0, 0, 1]);
    expect(columns.props).toEqual([{ year: 2025 }, { year: 2025 }, { year: 2025 }]);
    expect(columns.sourceId).toBe('src');
  });

  it('when lists differ only in how they split into items, then they stay distinct', () => {
    const columns = nodeColumns([node('a', ['X'], ['a b']), node('b', ['X'], ['a', 'b'])], 's');
    expect(columns.quoteSets).toEqual([['a b'], ['a', 'b']]);
  });

  it('when relationships are turned into columns, then every row keeps its own ends and type', () => {
    const rel = (source: string, type: string, target: string): SeedRelationship => ({
      id: `${source}-${type}-${target}`,
      source,
      type,
      target,
      properties: {},
      quotes: ['q'],
    });
    const columns = relationshipColumns([rel('a', 'LED', 'b'), rel('c', 'RAISED', 'b')], 's');
    expect(columns.sources).toEqual(['a', 'c']);
    expect(columns.targets).toEqual(['b', 'b']);
    expect(columns.types).toEqual(['LED', 'RAISED']);
    expect(columns.quoteOf).toEqual([0, 0]);
  });
});
