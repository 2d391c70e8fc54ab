import type { TestProject } from 'vitest/node';

/**
 * The mutation run's global setup: hands the tests the seeded Neo4j that run-mutation.ts
 * started for the whole run, instead of starting one per test runner.
 */
export default function setup(project: TestProject) {
  const uri = process.env.MUTATION_BOLT_URI;
  const password = process.env.MUTATION_BOLT_PASSWORD;
  if (!uri || !password) {
    throw new Error('Run the mutation tests with npm run test:mutation, which starts their Neo4j.');
  }
  project.provide('boltUri', uri);
  project.provide('boltPassword', password);
}
