const marked = new Set<string>();

/**
 * Sets a performance mark the first time it is asked for on this page, so a benchmark (or the
 * browser's own timeline) can tell when the graph was first drawn and first settled.
 */
export function markOnce(name: 'explorer:first-frame' | 'explorer:layout-settled'): void {
  if (marked.has(name) || typeof performance === 'undefined') return;
  marked.add(name);
  performance.mark(name);
}
