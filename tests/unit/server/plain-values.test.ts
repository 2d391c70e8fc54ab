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

  it('when a value is missing, then it becomes null', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain({ a: undefined })).toEqual({ a: null });
  });

  it('when a value is a BigInt, then it becomes a number if exact and an exact string if not', () => {
    expect(toPlain(42n)).toBe(42);
    expect(toPlain(2n ** 64n)).toBe('18446744073709551616');
  });

  it('when a value is a point, then it becomes its coordinates and reference system, z null in 2D', () => {
    expect(toPlain(new neo4j.types.Point(neo4j.int(4326), 12.5, 41.9))).toEqual({
      srid: 4326,
      x: 12.5,
      y: 41.9,
      z: null,
    });
    expect(toPlain(new neo4j.types.Point(neo4j.int(9157), 1, 2, 3))).toEqual({
      srid: 9157,
      x: 1,
      y: 2,
      z: 3,
    });
  });

  it('when a value is a whole node or relationship, then only its labels or type and its properties are kept', () => {
    const node = new neo4j.types.Node(
      neo4j.int(7),
      ['Entity', 'Company'],
      { name: 'ShengShu', founded: neo4j.int(2023) },
      '4:db:7',
    );
    expect(toPlain(node)).toEqual({
      labels: ['Entity', 'Company'],
      properties: { name: 'ShengShu', founded: 2023 },
    });
    const relationship = new neo4j.types.Relationship(
      neo4j.int(9),
      neo4j.int(7),
      neo4j.int(8),
      'FUNDED',
      { year: neo4j.int(2025) },
      '5:db:9',
      '4:db:7',
      '4:db:8',
    );
    expect(toPlain(relationship)).toEqual({ type: 'FUNDED', properties: { year: 2025 } });
  });
});
