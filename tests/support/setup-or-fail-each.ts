import { beforeAll, beforeEach } from 'vitest';

/**
 * A beforeAll whose failure fails every test of the file, one by one. When a beforeAll throws,
 * Vitest never runs the file's tests, and Stryker's vitest runner does not count tests that never
 * ran as a kill: a mutant that breaks seeding survived though `npm test` would fail. Failing in
 * beforeEach makes each test fail with the setup's own error.
 */
export function setupOrFailEach(setup: () => Promise<void>, timeoutMs: number): void {
  let failure: { error: unknown } | undefined;
  beforeAll(async () => {
    try {
      await setup();
    } catch (error) {
      failure = { error };
    }
  }, timeoutMs);
  beforeEach(() => {
    if (failure) throw failure.error;
  });
}
