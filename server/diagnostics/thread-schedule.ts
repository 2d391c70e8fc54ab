import { readFileSync } from 'node:fs';

/** How the kernel has run a thread so far, in milliseconds. */
export interface ThreadSchedule {
  /** Time on a core. */
  onCpuMs: number;
  /** Time ready to run but waiting for a core (other processes had them). */
  waitingMs: number;
}

const mainThreadFile = `/proc/${process.pid}/task/${process.pid}/schedstat`;

/**
 * The main thread's schedule from Linux's schedstat, or undefined elsewhere. It tells a pause of
 * the event loop spent running our code (or collecting garbage) from one spent waiting for a core.
 */
export function mainThreadSchedule(): ThreadSchedule | undefined {
  try {
    const [onCpuNs, waitingNs] = readFileSync(mainThreadFile, 'utf8').split(' ').map(Number);
    if (!Number.isFinite(onCpuNs) || !Number.isFinite(waitingNs)) return undefined;
    return { onCpuMs: onCpuNs! / 1e6, waitingMs: waitingNs! / 1e6 };
  } catch {
    return undefined;
  }
}
