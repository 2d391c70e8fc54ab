import neo4j, { type Driver } from 'neo4j-driver';
import type { Cleanup } from './cleanup.ts';
import { benchLogin } from './bench-credentials.ts';

/**
 * The bench's own neo4j-driver, for the floors (raw writes, the app's queries without the app)
 * and for sampling ids. The app keeps its own driver in its own process.
 */
export function openBenchDriver(uri: string, cleanup: Cleanup): Driver {
  const driver = neo4j.driver(uri, neo4j.auth.basic(benchLogin.user, benchLogin.password), {
    maxConnectionPoolSize: 50,
    userAgent: 'ecosystem-explorer-bench',
  });
  cleanup.add('close the bench driver', () => driver.close());
  return driver;
}

/**
 * Whole numbers as Neo4j Integers, in lists and maps too, as server/neo4j/database.ts sends
 * them (LIMIT and integer properties refuse floats).
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
