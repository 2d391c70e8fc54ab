/** How a query run ended, for the History list. */
export type RunOutcome =
  { ok: true; rows: number; nodes: number; edges: number } | { ok: false; message: string };

/** One query the workbench ran. */
export interface HistoryEntry {
  cypher: string;
  /** The Parameters field as it was typed. */
  params: string;
  /** When it ran, in ms since 1970. */
  ranAt: number;
  outcome: RunOutcome;
}

/** The part of localStorage the history needs, so tests can hand in a plain object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Most runs the history keeps; older ones fall off. */
export const HISTORY_LIMIT = 50;

/** Where the history lives in localStorage. */
export const HISTORY_KEY = 'ecosystem-explorer.query-history';

/** Parameters that differ only in spacing or key order are the same parameters. */
function canonicalParams(text: string): string {
  try {
    const value: unknown = JSON.parse(text.trim() === '' ? '{}' : text);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
      return JSON.stringify(entries);
    }
  } catch {
    // Not JSON: compare it as typed.
  }
  return text.trim();
}

function sameRun(a: HistoryEntry, b: HistoryEntry): boolean {
  return (
    a.cypher.trim() === b.cypher.trim() && canonicalParams(a.params) === canonicalParams(b.params)
  );
}

/**
 * The history with `entry` first: an earlier run of the same text and parameters is collapsed
 * into it, and the oldest runs fall off past HISTORY_LIMIT.
 */
export function withEntry(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...entries.filter((old) => !sameRun(old, entry))].slice(0, HISTORY_LIMIT);
}

function isEntry(value: unknown): value is HistoryEntry {
  const entry = value as Partial<HistoryEntry> | null;
  return (
    typeof entry?.cypher === 'string' &&
    typeof entry.params === 'string' &&
    typeof entry.ranAt === 'number' &&
    typeof entry.outcome?.ok === 'boolean'
  );
}

/** The stored history, most recent first; empty when there is none or it is unreadable. */
export function readHistory(store: KeyValueStore | undefined): HistoryEntry[] {
  try {
    const stored: unknown = JSON.parse(store?.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/** Stores the history; a full or forbidden storage only costs the history, never the run. */
export function writeHistory(store: KeyValueStore | undefined, entries: readonly HistoryEntry[]) {
  try {
    store?.setItem(HISTORY_KEY, JSON.stringify(entries));
  } catch (cause) {
    console.warn('The query history could not be saved:', cause);
  }
}
