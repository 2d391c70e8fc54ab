import { useCallback, useState } from 'react';
import {
  readHistory,
  withEntry,
  writeHistory,
  type HistoryEntry,
  type KeyValueStore,
} from '../utils/query-history.ts';

function browserStorage(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; the history then lasts as long as the page.
    return undefined;
  }
}

export interface QueryHistory {
  /** Most recent first. */
  entries: HistoryEntry[];
  record: (entry: HistoryEntry) => void;
}

/** The workbench's run history, kept in localStorage across visits. */
export function useQueryHistory(): QueryHistory {
  const [entries, setEntries] = useState(() => readHistory(browserStorage()));
  const record = useCallback((entry: HistoryEntry) => {
    setEntries((previous) => {
      const next = withEntry(previous, entry);
      writeHistory(browserStorage(), next);
      return next;
    });
  }, []);
  return { entries, record };
}
