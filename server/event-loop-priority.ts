import os from 'node:os';

/** How far above normal the event loop's thread is put, where the system allows it. */
const favoured = -10;

/**
 * Puts the server's event-loop thread ahead of its helpers on a busy machine. The heavy work
 * already runs elsewhere at lower priority (Neo4j and the query workers at nice 10), but headless
 * Chromium, started as root, sets some of its own threads to nice -8 while it draws a large
 * export, and took cores from the event loop for hundreds of milliseconds at a time. The main
 * thread does little work of its own, so favouring it costs the rest almost nothing. Where that
 * is not allowed (an ordinary user cannot raise a priority), nothing changes: Chromium cannot
 * raise its own threads there either. On Linux this sets the calling thread only.
 */
export function favourEventLoop(): boolean {
  try {
    if (os.getPriority() <= favoured) return true;
    os.setPriority(favoured);
    return true;
  } catch {
    return false;
  }
}
