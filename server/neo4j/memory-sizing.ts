import os from 'node:os';

const mb = 1024 * 1024;

/** Memory for the embedded Neo4j and its importer, in MB. */
export interface EmbeddedMemory {
  /** Java heap of the running Neo4j: queries, transactions, query plans. */
  heapMb: number;
  /** Page cache: the store files held in RAM, so reads on a large graph never wait for disk. */
  pageCacheMb: number;
  /** Java heap of the offline importer (it takes most of its memory off-heap by itself). */
  importerHeapMb: number;
}

function share(totalMb: number, fraction: number, min: number, max: number): number {
  // Whole multiples of 64 MB read better in logs and settings.
  return Math.min(max, Math.max(min, Math.floor((totalMb * fraction) / 64) * 64));
}

/**
 * Sizes the embedded Neo4j from the machine's RAM: an eighth for the heap (512 MB to 4 GB) and
 * a quarter for the page cache (256 MB to 8 GB), so a million-entity store (about 1.5 GB with
 * its indexes) stays in RAM on an 8 GB machine while the explorer, the browser and everything
 * else keep the rest. NEO4J_HEAP_MB and NEO4J_PAGECACHE_MB override both.
 */
export function embeddedMemory(totalBytes = os.totalmem()): EmbeddedMemory {
  const totalMb = totalBytes / mb;
  return {
    heapMb: share(totalMb, 1 / 8, 512, 4096),
    pageCacheMb: share(totalMb, 1 / 4, 256, 8192),
    importerHeapMb: share(totalMb, 1 / 8, 512, 4096),
  };
}
