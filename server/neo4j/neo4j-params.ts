import neo4j from 'neo4j-driver';

/**
 * JS numbers reach Neo4j as floats, which LIMIT and integer properties refuse; whole numbers are
 * sent as Neo4j Integers instead, in lists and maps too. The app's reads and writes and the
 * bench's own driver send their parameters through here.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, toNeo4jParams(item)]),
    );
  }
  return value;
}
