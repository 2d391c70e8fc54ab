import { percentile } from './stats.ts';

/** One kind of request of the mix: how often, and how to make one. */
export interface RequestKind {
  name: string;
  weight: number;
  make(): { method: 'GET' | 'POST'; path: string; body?: unknown };
}

/** What one kind of request met during the soak. */
export interface KindStats {
  name: string;
  count: number;
  latenciesMs: number[];
  /** Answers by HTTP status; 0 for a request that got no answer (connection refused…). */
  byStatus: Map<number, number>;
}

export interface TrafficRun {
  kinds: KindStats[];
  /** Requests whose answer was a 5xx other than 503, with a sample of what they said. */
  serverErrors: { kind: string; status: number; body: string }[];
}

/** Picks kinds by weight with a seeded generator, so two runs send the same mix. */
function picker(kinds: RequestKind[], seed: number): () => RequestKind {
  let state = seed >>> 0;
  const total = kinds.reduce((sum, kind) => sum + kind.weight, 0);
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    let roll = (state / 2 ** 32) * total;
    for (const kind of kinds) {
      roll -= kind.weight;
      if (roll < 0) return kind;
    }
    return kinds[kinds.length - 1]!;
  };
}

/**
 * `connections` loops, each sending one request at a time until `durationMs` has passed: mixed
 * traffic on loopback, bounded in time, stopping by itself. Each request has a 30 s timeout.
 */
export async function runTraffic(
  base: string,
  kinds: RequestKind[],
  connections: number,
  durationMs: number,
): Promise<TrafficRun> {
  const stats = new Map(
    kinds.map((kind) => [
      kind.name,
      {
        name: kind.name,
        count: 0,
        latenciesMs: [] as number[],
        byStatus: new Map<number, number>(),
      },
    ]),
  );
  const serverErrors: TrafficRun['serverErrors'] = [];
  const until = Date.now() + durationMs;
  const loop = async (seed: number) => {
    const next = picker(kinds, seed);
    while (Date.now() < until) {
      const kind = next();
      const request = kind.make();
      const started = performance.now();
      let status = 0;
      let text = '';
      try {
        const response = await fetch(`${base}${request.path}`, {
          method: request.method,
          headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(30_000),
        });
        status = response.status;
        text = status >= 500 ? await response.text() : '';
        if (status < 500) await response.arrayBuffer();
      } catch {
        status = 0;
        // No answer (Neo4j's restart does not cause these: the app answers 503 meanwhile).
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const entry = stats.get(kind.name)!;
      entry.count += 1;
      entry.latenciesMs.push(performance.now() - started);
      entry.byStatus.set(status, (entry.byStatus.get(status) ?? 0) + 1);
      if (status >= 500 && status !== 503 && serverErrors.length < 20) {
        serverErrors.push({ kind: kind.name, status, body: text.slice(0, 300) });
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, index) => loop(index + 1)));
  return { kinds: [...stats.values()], serverErrors };
}

/** p50, p95 and p99 of a kind's latencies. */
export function latencySummary(stats: KindStats): { p50: number; p95: number; p99: number } {
  const sorted = [...stats.latenciesMs].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}
