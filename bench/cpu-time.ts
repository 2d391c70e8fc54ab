import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc (USER_HZ, 100 on every common build). */
const ticksPerSecond = 100;

/** CPU seconds (user + system) a process has used so far, or NaN when it cannot be read. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds the whole machine has spent busy (not idle, not waiting on I/O). */
function machineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = ticks[3]! + ticks[4]!;
    return (ticks.reduce((sum, value) => sum + value, 0) - idle) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

/**
 * Cores each named process kept busy over the phases it measured, plus `others`: what the rest
 * of the machine used meanwhile (other people's tests and servers skew a shared machine).
 */
export class CpuAccount {
  private readonly used: Record<string, number> = {};
  private machine = 0;
  private elapsed = 0;

  constructor(private readonly pids: Record<string, number | undefined>) {
    for (const name of Object.keys(pids)) this.used[name] = 0;
  }

  async measure<T>(work: () => Promise<T>): Promise<T> {
    const snapshot = () => ({
      at: performance.now(),
      machine: machineBusySeconds(),
      own: Object.fromEntries(Object.entries(this.pids).map(([n, pid]) => [n, cpuSeconds(pid)])),
    });
    const before = snapshot();
    try {
      return await work();
    } finally {
      const after = snapshot();
      this.elapsed += (after.at - before.at) / 1000;
      this.machine += after.machine - before.machine;
      for (const name of Object.keys(this.pids)) {
        this.used[name]! += after.own[name]! - before.own[name]!;
      }
    }
  }

  cores(): Record<string, number> {
    const own = Object.values(this.used).reduce((sum, value) => sum + value, 0);
    return Object.fromEntries([
      ...Object.entries(this.used).map(([name, value]) => [name, value / this.elapsed]),
      ['others', Math.max(0, this.machine - own) / this.elapsed],
    ]);
  }
}
