import { describe, expect, it } from 'vitest';
import {
  HISTORY_KEY,
  HISTORY_LIMIT,
  readHistory,
  withEntry,
  writeHistory,
  type HistoryEntry,
  type KeyValueStore,
} from '../../../client/src/features/views/utils/query-history.ts';

function entry(cypher: string, params = '', ranAt = 0): HistoryEntry {
  return { cypher, params, ranAt, outcome: { ok: true, rows: 1, nodes: 1, edges: 0 } };
}

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & {
  items: Record<string, string>;
} {
  const items = { ...initial };
  return {
    items,
    getItem: (key) => items[key] ?? null,
    setItem: (key, value) => {
      items[key] = value;
    },
  };
}

describe('the query history', () => {
  it('when queries run, then the most recent comes first', () => {
    const history = withEntry(withEntry([], entry('RETURN 1', '', 1)), entry('RETURN 2', '', 2));
    expect(history.map((run) => run.cypher)).toEqual(['RETURN 2', 'RETURN 1']);
  });

  it('when the same query runs again, then its earlier run is collapsed into the new one', () => {
    let history = [entry('MATCH (n) RETURN n', '{"id": "a"}', 1), entry('RETURN 1', '', 0)];
    // Same text (but for surrounding space) and same parameters (but for spacing and order).
    history = withEntry(history, entry('MATCH (n) RETURN n\n', '{ "id":"a" }', 5));
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ ranAt: 5 });
    expect(history[1]).toMatchObject({ cypher: 'RETURN 1' });
  });

  it('when the parameters differ, then both runs are kept', () => {
    const history = withEntry([entry('RETURN $x', '{"x": 1}')], entry('RETURN $x', '{"x": 2}'));
    expect(history).toHaveLength(2);
  });

  it(`when more than ${HISTORY_LIMIT} queries ran, then the oldest fall off`, () => {
    let history: HistoryEntry[] = [];
    for (let index = 0; index < HISTORY_LIMIT + 7; index++) {
      history = withEntry(history, entry(`RETURN ${index}`, '', index));
    }
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.cypher).toBe(`RETURN ${HISTORY_LIMIT + 6}`);
    expect(history.at(-1)?.cypher).toBe('RETURN 7');
  });

  it('when the history is stored and read back, then it is the same', () => {
    const store = memoryStore();
    const history = [
      entry('RETURN 1', '{"a": 1}', 3),
      { ...entry('BAD'), outcome: { ok: false as const, message: 'SyntaxError' } },
    ];
    writeHistory(store, history);
    expect(readHistory(store)).toEqual(history);
  });

  it('when storage holds nothing, junk or strangers, then the history is empty or cleaned', () => {
    expect(readHistory(memoryStore())).toEqual([]);
    expect(readHistory(undefined)).toEqual([]);
    expect(readHistory(memoryStore({ [HISTORY_KEY]: 'not json' }))).toEqual([]);
    expect(readHistory(memoryStore({ [HISTORY_KEY]: '{"a":1}' }))).toEqual([]);
    const mixed = JSON.stringify([entry('RETURN 1'), { cypher: 2 }, null]);
    expect(readHistory(memoryStore({ [HISTORY_KEY]: mixed }))).toEqual([entry('RETURN 1')]);
  });

  it('when storage refuses to write, then the run goes on', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(() => writeHistory(full, [entry('RETURN 1')])).not.toThrow();
    } finally {
      console.warn = warn;
    }
  });
});
