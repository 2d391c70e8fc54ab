import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which of the mutation run's writable Neo4j instances this Stryker worker process may use.
 * Stryker tests mutants in several worker processes at once, and each file that writes wipes
 * and seeds its Neo4j in its beforeAll: two workers sharing one would wipe each other's data
 * mid-test and count the failure as a killed mutant. Each worker therefore claims one instance
 * for as long as it lives, by creating that slot's folder (atomic); a slot whose owner has died
 * (Stryker replaces a worker after a mutant hangs) is taken over.
 */
export function claimWritableSlot(slotsDir: string, slots: number): number {
  for (let attempt = 0; attempt < 3; attempt++) {
    for (let slot = 0; slot < slots; slot++) {
      const dir = path.join(slotsDir, String(slot));
      try {
        mkdirSync(dir);
        writeFileSync(path.join(dir, 'pid'), String(process.pid));
        return slot;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // Vitest may run the global setup again in the same worker: its slot is still its own.
        if (ownerOf(dir) === process.pid) return slot;
        if (ownerIsGone(dir)) rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  throw new Error(
    `All ${slots} writable Neo4j slots are taken: run Stryker with a concurrency of at most ${slots}.`,
  );
}

/** The pid that claimed the slot; undefined while its claimer has not yet written it. */
function ownerOf(dir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
  } catch {
    return undefined;
  }
}

function ownerIsGone(dir: string): boolean {
  const pid = ownerOf(dir);
  // Claimed a moment ago, its pid not yet written: taken.
  if (pid === undefined) return false;
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
