import type { TestProject } from 'vitest/node';
import { claimWritableSlot } from './writable-slots.ts';

/**
 * The mutation run's global setup: hands the tests the Neo4j instances that run-mutation.ts
 * started for the whole run (the seeded one, the one holding the power-law graph for
 * scale.test.ts, and one per Stryker worker that files which write reset for themselves),
 * instead of starting them per test runner or per test file.
 */
export default function setup(project: TestProject) {
  const uri = process.env.MUTATION_BOLT_URI;
  const password = process.env.MUTATION_BOLT_PASSWORD;
  const powerLawUri = process.env.MUTATION_POWER_LAW_BOLT_URI;
  const powerLawPassword = process.env.MUTATION_POWER_LAW_BOLT_PASSWORD;
  const writables = process.env.MUTATION_WRITABLE_NEO4J;
  const slotsDir = process.env.MUTATION_WRITABLE_SLOTS;
  if (!uri || !password || !powerLawUri || !powerLawPassword || !writables || !slotsDir) {
    throw new Error('Run the mutation tests with npm run test:mutation, which starts their Neo4j.');
  }
  project.provide('boltUri', uri);
  project.provide('boltPassword', password);
  project.provide('powerLawNeo4j', { uri: powerLawUri, password: powerLawPassword });
  const instances = JSON.parse(writables) as { uri: string; password: string }[];
  project.provide('writableNeo4j', instances[claimWritableSlot(slotsDir, instances.length)]!);
}
