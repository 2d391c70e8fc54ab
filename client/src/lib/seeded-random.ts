/** mulberry32: a tiny, good-enough PRNG; returns numbers in [0, 1) like Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
