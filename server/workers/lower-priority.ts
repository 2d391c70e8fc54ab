import { readlinkSync } from 'node:fs';
import os from 'node:os';

/**
 * On Linux a thread has a priority of its own: the calling worker thread is set to 10, so the
 * heavy work it does (decoding a big answer, driving Chromium) never keeps the server's event
 * loop from answering on a small machine. Threads and processes it starts inherit it.
 */
export function lowerOwnPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid)) os.setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the worker keeps the main thread's priority.
  }
}
