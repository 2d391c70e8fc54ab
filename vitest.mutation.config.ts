import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of server/services and server/neo4j
 * (stryker.config.json): the server's unit tests, the integration files that read the one
 * shared, seeded Neo4j, scale.test.ts, which reads the shared Neo4j holding its power-law graph,
 * and the files that write (user views, sources), which wipe and seed a third one in their
 * beforeAll (tests/mutation/run-mutation.ts starts all three). Files that need a Neo4j process
 * of their own (stopped, killed, started late, reseeded mid-file) are left out, since Stryker
 * reruns a file's hooks for every mutant and a Neo4j start takes seconds. That is why the
 * health check's late start lives in a file of its own (health-late-start.test.ts), left out here:
 * run per mutant of database.ts, it started a Neo4j each time and the run fell to 2 mutants a minute.
 */
export default defineConfig({
  test: {
    include: [
      'tests/unit/server/**/*.test.ts',
      'tests/integration/graph-api.test.ts',
      'tests/integration/health.test.ts',
      'tests/integration/paths-and-intent.test.ts',
      'tests/integration/read-only-query.test.ts',
      'tests/integration/scale.test.ts',
      'tests/integration/sources.test.ts',
      'tests/integration/user-views.test.ts',
      'tests/integration/validation.test.ts',
      'tests/integration/views-api.test.ts',
    ],
    globalSetup: ['tests/mutation/shared-neo4j-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
