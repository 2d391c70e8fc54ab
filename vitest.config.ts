import { defineConfig } from 'vitest/config';

/**
 * The suites run one after another (sequence.groupOrder), each with as many files at once as it
 * can take. Five suites: `unit` (pure code, no database), `integration` (HTTP against a real, throwaway
 * Neo4j), `security` (attacks on the real app and Neo4j), `reliability` (faults: Neo4j killed…) and `browser` (the built page in headless Chromium against its own throwaway Neo4j).
 * Each suite that needs Neo4j starts its own in a temporary folder on a free port.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/integration-setup.ts'],
          // Files that write or fingerprint the whole database start a Neo4j of their own
          // (support/own-neo4j.ts); the rest only read the shared one. Several at once proves it.
          maxWorkers: 4,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'security',
          sequence: { groupOrder: 2 },
          include: ['tests/security/**/*.test.ts'],
          // Its own Neo4j: the attacks write users, sessions and audit entries, which must not
          // meet the integration suite's fingerprints of the database. Files that fingerprint
          // the whole database start one more of their own; three files run at once.
          globalSetup: ['tests/support/integration-setup.ts'],
          maxWorkers: 3,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'reliability',
          sequence: { groupOrder: 3 },
          include: ['tests/reliability/**/*.test.ts'],
          // Each file starts, breaks and heals its own Neo4j; one at a time on two cores.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          sequence: { groupOrder: 4 },
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/browser-setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
