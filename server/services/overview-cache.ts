import type { OverviewPayload } from '../contract.ts';
import type { Database } from '../neo4j/database.ts';
import { overview } from './graph-service.ts';

/** How long a kept overview is trusted when nothing says the graph changed. */
export const overviewMaxAgeMs = 60_000;

/** The overview, kept between requests, and how to say the graph has changed. */
export interface OverviewCache {
  get(): Promise<OverviewPayload>;
  /** The graph changed in a way its counts may not show (a camp edited): compute anew. */
  forget(): void;
}

/**
 * The overview reads every entity and relationship (over 3 s at a million entities) but changes
 * only when the graph does, so it is kept. It is computed anew when the counts Neo4j keeps
 * without reading the graph differ (entities or relationships added or removed, by anyone),
 * when this server changed the graph (`forget`), or after `overviewMaxAgeMs` for changes made
 * elsewhere that keep the counts. Requests during a computation share it.
 */
export function overviewCache(
  db: Database,
  now: () => number = Date.now,
  compute: (db: Database) => Promise<OverviewPayload> = overview,
): OverviewCache {
  let kept: { stamp: string; at: number; answer: Promise<OverviewPayload> } | undefined;
  return {
    async get() {
      const [counts] = await db.read('graph/overview-stamp');
      // Read before the overview: a change during its computation makes the next request's
      // stamp differ, never the other way round.
      const stamp = `${counts?.entities}/${counts?.relationships}`;
      const at = now();
      if (!kept || kept.stamp !== stamp || at - kept.at > overviewMaxAgeMs) {
        const answer = compute(db);
        const entry = { stamp, at, answer };
        kept = entry;
        // A failed computation is not kept: the next request tries again.
        answer.catch(() => {
          if (kept === entry) kept = undefined;
        });
      }
      return kept.answer;
    },
    forget() {
      kept = undefined;
    },
  };
}
