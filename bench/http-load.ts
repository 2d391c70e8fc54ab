import autocannon, { type AutocannonRequest } from 'autocannon';
import { BenchError } from './bench-error.ts';
import type { Cleanup } from './cleanup.ts';
import type { Timings } from './stats.ts';
import { WindowTally } from './window-tally.ts';

/**
 * One load window: how many clients; a warm-up whose requests are discarded; the measured
 * seconds, whose requests are counted; and a tail during which the load goes on (so the
 * server stays as busy) while the last counted requests finish. Without the tail, slow requests
 * still running at the end would be dropped and the figures would favour fast ones.
 */
export interface LoadWindow {
  connections: number;
  warmupSeconds: number;
  seconds: number;
  tailSeconds: number;
}

/** The longest wait for abandoned requests to finish on the server. */
const maxDrainMs = 6_000;

/** What each request asks for: the method, body and a path that may change every time. */
export interface HttpScenario {
  method?: 'GET' | 'POST';
  body?: string;
  /** Paths taken in turn, shared by every connection. */
  paths: string[];
}

/**
 * Drives the server with autocannon for warm-up, measured and tail seconds in one go and times
 * every response itself (autocannon's histogram rounds to whole ms): only requests that started
 * within the measured seconds count. `cursor` carries the place in the path list from one window
 * to the next.
 */
export function httpLoad(
  baseUrl: string,
  scenario: HttpScenario,
  window: LoadWindow,
  cursor: { next: number },
  cleanup: Cleanup,
): Promise<Timings> {
  const request: AutocannonRequest = {
    method: scenario.method ?? 'GET',
    path: scenario.paths[0],
    ...(scenario.body === undefined
      ? {}
      : { body: scenario.body, headers: { 'content-type': 'application/json' } }),
    setupRequest: (next) => ({
      ...next,
      path: scenario.paths[cursor.next++ % scenario.paths.length],
    }),
  };
  const tally = new WindowTally(window);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: window.connections,
        duration: window.warmupSeconds + window.seconds + window.tailSeconds,
        timeout: 30,
        requests: [request],
      },
      (error) => {
        stopEarly();
        if (error) {
          reject(new BenchError(`autocannon failed against ${baseUrl}: ${error.message}`));
          return;
        }
        // autocannon drops the requests still running when it stops, but the server goes on
        // with them: wait as long as the slowest request took, so the next phase (the driver
        // floor's turn) does not start on a database still busy with this one's leftovers.
        setTimeout(() => resolve(tally.timings()), Math.min(maxDrainMs, tally.slowest));
      },
    );
    const stopEarly = cleanup.add('stop the load generator', () => instance.stop());
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      tally.took(responseTimeMs);
      if (!tally.measures(performance.now() - responseTimeMs)) return;
      if (statusCode >= 200 && statusCode < 300) tally.succeeded(responseTimeMs);
      else tally.failed(`HTTP ${statusCode}`);
    });
    instance.on('reqError', (error) => {
      if (tally.measures(performance.now())) tally.failed(error.message);
    });
  });
}
