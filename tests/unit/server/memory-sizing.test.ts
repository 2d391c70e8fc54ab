import { describe, expect, it } from 'vitest';
import { embeddedMemory } from '../../../server/neo4j/memory-sizing.ts';

const gb = 1024 ** 3;

describe('the embedded Neo4j sized from the machine', () => {
  it('when the machine has 8 GB, then the heap gets an eighth and the page cache a quarter', () => {
    expect(embeddedMemory(8 * gb)).toEqual({
      heapMb: 1024,
      pageCacheMb: 2048,
      importerHeapMb: 1024,
    });
  });

  it('when the machine is small, then neither falls below what Neo4j needs to start', () => {
    expect(embeddedMemory(2 * gb)).toMatchObject({ heapMb: 512, pageCacheMb: 512 });
    expect(embeddedMemory(1 * gb)).toMatchObject({ heapMb: 512, pageCacheMb: 256 });
  });

  it('when the machine is large, then the heap stops at 4 GB and the page cache at 8 GB', () => {
    expect(embeddedMemory(256 * gb)).toMatchObject({ heapMb: 4096, pageCacheMb: 8192 });
  });

  it('when the RAM is an odd amount, then sizes are whole multiples of 64 MB', () => {
    const sizes = embeddedMemory(23.4 * gb);
    expect(sizes.heapMb % 64).toBe(0);
    expect(sizes.pageCacheMb % 64).toBe(0);
  });
});
