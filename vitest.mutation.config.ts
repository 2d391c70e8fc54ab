import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of server/services and server/neo4j
 * (stryker.config.json): the server's unit tests, the integration files that read the one
 * shared, seeded Neo4j, and scale.test.ts, which reads the shared Neo4j holding its power-law
 * graph (tests/mutation/run-mutation.ts starts both). Other files that start a Neo4j of their own
 * in beforeAll are left out, since Stryker reruns a file's hooks for every mutant and a Neo4j
 * start takes seconds.
 */
export default defineConfig({
  test: {
    include: [
      'tests/unit/server/**/*.test.ts',
      'tests/integration/graph-api.test.ts',
      'tests/integration/paths-and-intent.test.ts',
      'tests/integration/scale.test.ts',
      'tests/integration/validation.test.ts',
      'tests/integration/views-api.test.ts',
    ],
    globalSetup: ['tests/mutation/shared-neo4j-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
