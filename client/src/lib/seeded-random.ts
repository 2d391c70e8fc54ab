import { seededRandom } from '../../../common/seeded-random.ts';

/**
 * Runs a synchronous computation with Math.random replaced by a seeded generator, then restores
 * it. fcose draws its starting layout from Math.random and takes no seed; seeding it makes the
 * same graph come out the same on every visit, so analysts keep their mental map.
 */
export function withSeededRandom<T>(seed: number, compute: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return compute();
  } finally {
    Math.random = original;
  }
}
