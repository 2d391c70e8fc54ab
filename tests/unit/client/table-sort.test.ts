import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../client/src/lib/api-types.ts';
import {
  nextSort,
  sortKeyOf,
  sortRows,
  type TableSort,
} from '../../../client/src/features/views/utils/table-sort.ts';

const captions: Record<string, string> = { a: 'Alibaba', z: 'Zhu Jun', s: 'ShengShu' };
const captionOf = (id: string) => captions[id] ?? id;
const node = (id: string): Cell => ({ kind: 'node', id, caption: captionOf(id), labels: [] });
const column = (rows: Cell[][], index = 0) => rows.map((row) => row[index]);
const by = (direction: TableSort['direction'], columnIndex = 0): TableSort => ({
  column: columnIndex,
  direction,
});

describe('sorting the results table', () => {
  it('when a column holds numbers, then they sort numerically, not as text', () => {
    const rows: Cell[][] = [[10], [2], [1_000_000], [-3]];
    expect(column(sortRows(rows, by('ascending'), captionOf))).toEqual([-3, 2, 10, 1_000_000]);
    expect(column(sortRows(rows, by('descending'), captionOf))).toEqual([1_000_000, 10, 2, -3]);
  });

  it('when a column holds text, then it sorts alphabetically, ignoring case', () => {
    const rows: Cell[][] = [['baidu'], ['Alibaba'], ['TAL Education'], ['alpha']];
    expect(column(sortRows(rows, by('ascending'), captionOf))).toEqual([
      'Alibaba',
      'alpha',
      'baidu',
      'TAL Education',
    ]);
  });

  it('when values are missing, then they stay at the bottom in both directions', () => {
    const rows: Cell[][] = [[null], [2], [[]], [1]];
    expect(column(sortRows(rows, by('ascending'), captionOf))).toEqual([1, 2, null, []]);
    expect(column(sortRows(rows, by('descending'), captionOf))).toEqual([2, 1, null, []]);
  });

  it('when nodes are sorted, then by their names; paths by their length', () => {
    const rows: Cell[][] = [[node('z')], [node('a')], [node('s')]];
    expect(column(sortRows(rows, by('ascending'), captionOf))).toEqual([
      node('a'),
      node('s'),
      node('z'),
    ]);
    expect(sortKeyOf({ kind: 'path', length: 3, nodes: ['a', 's', 'z'] }, captionOf)).toBe(3);
    expect(sortKeyOf(['x', 'y'], captionOf)).toBe('x, y');
  });

  it('when rows tie, then they keep the order the query gave', () => {
    const rows: Cell[][] = [
      ['CNY', 'first'],
      ['EUR', 'second'],
      ['CNY', 'third'],
    ];
    expect(column(sortRows(rows, by('ascending'), captionOf), 1)).toEqual([
      'first',
      'third',
      'second',
    ]);
  });

  it('when sorting, then the rows given are left as they were', () => {
    const rows: Cell[][] = [[2], [1]];
    sortRows(rows, by('ascending'), captionOf);
    expect(rows).toEqual([[2], [1]]);
  });

  it('when a header is clicked, then ascending first and each further click reverses', () => {
    const first = nextSort(null, 2);
    expect(first).toEqual({ column: 2, direction: 'ascending' });
    const second = nextSort(first, 2);
    expect(second).toEqual({ column: 2, direction: 'descending' });
    expect(nextSort(second, 2)).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort(second, 0)).toEqual({ column: 0, direction: 'ascending' });
  });
});
