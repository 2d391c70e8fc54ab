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
