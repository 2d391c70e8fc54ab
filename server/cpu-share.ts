import { readlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** The nice value of what runs beside the server and can wait: Neo4j and the exports' Chromium. */
export const backgroundNice = 10;

/**
 * Gives a child process a smaller share of the cores than the server's event loop. Linux first
 * shares the cores between sessions (autogroup), and a detached child such as Neo4j leads a
 * session of its own: its nice value alone then changes nothing beside the server, its
 * session's does. Best effort: where neither may be set, the child keeps its priority.
 */
export function yieldCoresFrom(pid: number): void {
  try {
    os.setPriority(pid, backgroundNice);
  } catch {
    // Not allowed here.
  }
  try {
    writeFileSync(`/proc/${pid}/autogroup`, String(backgroundNice));
  } catch {
    // Not Linux, or a kernel without autogroup.
  }
}

/**
 * Lowers the calling thread (a worker's) below the main thread. On Linux a thread has a priority
 * of its own: a big answer decoded or a screenshot unpacked on a worker then never keeps the
 * server from answering on a small machine.
 */
export function yieldCoresFromThisThread(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid)) os.setPriority(tid, backgroundNice);
  } catch {
    // Not Linux, or not allowed: the worker keeps the main thread's priority.
  }
}
