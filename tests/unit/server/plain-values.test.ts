import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../server/neo4j/plain-values.ts';

describe('toPlain', () => {
  it('when an Integer fits a double, then it becomes a number', () => {
    expect(toPlain(neo4j.int(2_000_000_000))).toBe(2_000_000_000);
  });

  it('when an Integer is beyond 2^53, then it becomes an exact string instead of a rounded number', () => {
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('when values are nested in lists and maps, then every one is converted', () => {
    expect(toPlain({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: 'x', d: null })).toEqual({
      a: [1, { b: 2 }],
      c: 'x',
      d: null,
    });
  });

  it('when a value is a Neo4j date, then it becomes its ISO string', () => {
    expect(toPlain(new neo4j.types.Date(2026, 1, 27))).toBe('2026-01-27');
  });
});
