import neo4j, { type Driver } from 'neo4j-driver';
import { toNeo4jParams } from '../server/neo4j/neo4j-params.ts';
import { oneLine } from './bench-error.ts';
import type { LoadWindow } from './http-load.ts';
import type { RecordedQuery } from './query-recorder.ts';
import type { Timings } from './stats.ts';
import { WindowTally } from './window-tally.ts';

/** The most records read per query, as the app's views cap them (QUERY_ROW_CAP). */
const rowCap = 5_000;

/**
 * The driver floor: for each request, the queries the app ran for it (same text, same
 * parameters, same order), straight through neo4j-driver from `window.connections` concurrent
 * async loops; each query in its own READ session and transaction, as the app runs them,
 * records read and dropped. Same window rules as httpLoad; the loops stop when the tail ends.
 */
export async function driverLoad(
  driver: Driver,
  requests: RecordedQuery[][],
  window: LoadWindow,
  cursor: { next: number },
): Promise<Timings> {
  const prepared = requests.map((queries) =>
    queries.map((query) => ({
      cypher: query.cypher,
      params: toNeo4jParams(query.params) as Record<string, unknown>,
    })),
  );
  const tally = new WindowTally(window);
  const end = tally.measureTo + window.tailSeconds * 1000;

  const loop = async () => {
    while (performance.now() < end) {
      const queries = prepared[cursor.next++ % prepared.length]!;
      const sent = performance.now();
      let ok = true;
      for (const { cypher, params } of queries) {
        const session = driver.session({
          defaultAccessMode: neo4j.session.READ,
          fetchSize: 1000,
        });
        try {
          await session.executeRead(async (tx) => {
            const records = tx.run(cypher, params)[Symbol.asyncIterator]();
            for (let read = 0; read < rowCap; read++) {
              if ((await records.next()).done) return;
            }
            await records.return?.();
          });
        } catch (error) {
          ok = false;
          tally.heardError(oneLine(error));
        } finally {
          await session.close();
        }
        if (!ok) break;
      }
      const done = performance.now();
      tally.took(done - sent);
      // As httpLoad counts, and done before the tail ended.
      if (!tally.measures(sent) || done > end) continue;
      if (ok) tally.succeeded(done - sent);
      else tally.failed();
    }
  };
  await Promise.all(Array.from({ length: window.connections }, loop));
  return tally.timings();
}
