import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../server/seed/synthetic/random.ts';
import { syntheticFacts } from '../server/seed/synthetic/synthetic-graph.ts';
import { ms } from './format.ts';
import { percentile } from './stats.ts';

/** Milliseconds from sending `url` until its whole answer arrived; a non-2xx answer throws. */
export async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

export interface OneAtATime {
  p50: number;
  p95: number;
  max: number;
  /** The five slowest requests, slowest first: what to profile. */
  slowest: string[];
}

/** Sends each URL in turn, as one person clicking would, and summarises the times. */
export async function oneAtATime(urls: string[]): Promise<OneAtATime> {
  const timings: { url: string; ms: number }[] = [];
  for (const url of urls) timings.push({ url, ms: await timed(url) });
  timings.sort((a, b) => a.ms - b.ms);
  const times = timings.map((timing) => timing.ms);
  const slowest = timings
    .slice(-5)
    .reverse()
    .map(({ url, ms: took }) => `${ms(took)} ${new URL(url).pathname}${new URL(url).search}`);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? 0,
    slowest,
  };
}

/**
 * `count` entities of the synthetic graph of `entities`, spread over all of it (a reservoir
 * sample), without holding the whole graph in memory.
 */
export function sampleEntities(entities: number, count: number): { id: string; name: string }[] {
  const random = seededRandom(7);
  const sample: { id: string; name: string }[] = [];
  let seen = 0;
  for (const fact of syntheticFacts(entities, 42)) {
    if (!fact.entity) continue;
    seen += 1;
    if (sample.length < count) sample.push({ id: fact.entity.id, name: fact.entity.name });
    else {
      const at = Math.floor(random() * seen);
      if (at < count) sample[at] = { id: fact.entity.id, name: fact.entity.name };
    }
  }
  return sample;
}

/** Bytes of every file under `dir`. */
export function sizeOnDisk(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}
