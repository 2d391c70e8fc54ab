import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimWritableSlot } from '../../mutation/writable-slots.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slots-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A slot held by another process: `pid` written as its owner. */
function heldBy(slot: number, pid: number) {
  mkdirSync(path.join(dir, String(slot)));
  writeFileSync(path.join(dir, String(slot), 'pid'), String(pid));
}

/** The pid of a process that has exited. */
function goneProcess(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('claiming a writable Neo4j for one Stryker worker', () => {
  it('when slots are free, then the first is claimed, and claiming again in the same worker keeps it', () => {
    expect(claimWritableSlot(dir, 3)).toBe(0);
    expect(readFileSync(path.join(dir, '0', 'pid'), 'utf8')).toBe(String(process.pid));
    expect(claimWritableSlot(dir, 3)).toBe(0);
  });

  it('when a live worker holds a slot, then the next free one is claimed', () => {
    heldBy(0, process.ppid);
    expect(claimWritableSlot(dir, 3)).toBe(1);
  });

  it('when the worker holding a slot has died, then its slot is taken over', () => {
    heldBy(0, process.ppid);
    heldBy(1, goneProcess());
    expect(claimWritableSlot(dir, 2)).toBe(1);
    expect(readFileSync(path.join(dir, '1', 'pid'), 'utf8')).toBe(String(process.pid));
  });

  it('when every slot is held by a live worker, then it refuses and says how to run', () => {
    heldBy(0, process.ppid);
    heldBy(1, process.ppid);
    expect(() => claimWritableSlot(dir, 2)).toThrow(/concurrency of at most 2/);
  });

  it('when a slot was claimed a moment ago and has no pid yet, then it is left to its claimer', () => {
    mkdirSync(path.join(dir, '0'));
    expect(claimWritableSlot(dir, 2)).toBe(1);
  });
});
