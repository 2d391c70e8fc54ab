import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { StartupError } from '../../../server/errors.ts';
import { embeddedMemory } from '../../../server/neo4j/memory-sizing.ts';

describe('the configuration read at start-up', () => {
  it('when nothing is set, then the documented defaults hold', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      EXPLORER_AUTH: 'off',
      NEO4J_USER: 'neo4j',
      NEO4J_BOLT_PORT: 17687,
      NEO4J_HEAP_MB: embeddedMemory().heapMb,
      NEO4J_PAGECACHE_MB: embeddedMemory().pageCacheMb,
      QUERY_TIMEOUT_MS: 5_000,
      QUERY_ROW_CAP: 5_000,
      QUERY_MAX_BYTES: 32 * 1024 * 1024,
      QUERIES_PER_MINUTE: 300,
      EXPORTS_PER_MINUTE: 30,
      SEED_ON_START: true,
    });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('when limits and switches are given as text, then they arrive as numbers and booleans', () => {
    const config = loadConfig({
      PORT: '8080',
      QUERY_TIMEOUT_MS: '2500',
      QUERY_ROW_CAP: '10',
      QUERY_MAX_BYTES: '4096',
      SEED_ON_START: 'false',
      NEO4J_URI: 'neo4j://cluster.example:7687',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      QUERY_TIMEOUT_MS: 2500,
      QUERY_ROW_CAP: 10,
      QUERY_MAX_BYTES: 4096,
      SEED_ON_START: false,
      NEO4J_URI: 'neo4j://cluster.example:7687',
    });
  });

  it.each([
    ['PORT', '70000'],
    ['QUERY_TIMEOUT_MS', '50'],
    ['QUERY_TIMEOUT_MS', 'soon'],
    ['QUERY_ROW_CAP', '0'],
    ['QUERY_MAX_BYTES', '10'],
    ['NEO4J_HEAP_MB', '16'],
    ['SEED_ON_START', 'yes'],
    ['NEO4J_URI', 'not a uri'],
  ])(
    'when %s is %s, then start-up stops with one line that names it and says what to do',
    (key, value) => {
      let thrown: unknown;
      try {
        loadConfig({ [key]: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(StartupError);
      const message = (thrown as Error).message;
      expect(message).toMatch(new RegExp(`^Invalid ${key}: `));
      expect(message).toContain('Fix it or unset it.');
      expect(message).not.toContain('\n');
    },
  );
});
