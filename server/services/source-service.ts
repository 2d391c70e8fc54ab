import type { ChangePayload } from '../contract.ts';
import { AppError } from '../errors.ts';
import type { Database } from '../neo4j/database.ts';
import { articleSentences, type ArticleSentence } from '../seed/article-sentences.ts';
import type { Conflict } from '../sources/ingest-plan.ts';

/** A source as GET /api/sources lists it, with how many facts it backs. */
export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  site?: string;
  year: number;
  published?: string;
  url?: string;
  /** The day it speaks for (ISO): its publication date, or 1 January of its year. */
  date: string;
  addedAt?: string;
  facts: { entities: number; relationships: number };
}

/** A fact first known on or after a date (the API's shape, shared with the page). */
export type Change = ChangePayload;

const answerCap = 5_000;

/** Every source of the graph, oldest first. */
export async function listSources(db: Database): Promise<SourceSummary[]> {
  const rows = await db.read('sources/list-sources');
  return rows.map(({ source, entities, relationships }) => ({
    ...source,
    // Every source has a year, from its date when it gave only that.
    year: source.year ?? Number(source.date.slice(0, 4)),
    facts: { entities, relationships },
  }));
}

/** Every sentence of a source's text, with the facts that quote it. */
export async function sentencesOf(db: Database, sourceId: string): Promise<ArticleSentence[]> {
  const [row] = await db.read('graph/facts-of-source', { sourceId });
  if (!row) throw new AppError(404, 'not_found', `No source has the id "${sourceId}".`);
  return articleSentences(row.text ?? '', { nodes: row.nodes, edges: row.edges });
}

/** Every property on which sources disagree, with each value and its source. */
export async function listConflicts(db: Database): Promise<Conflict[]> {
  const rows = await db.read('sources/conflicts', { limit: answerCap });
  return rows.flatMap((row) =>
    row.disputed.map((property) => ({
      element: row.id,
      kind: row.kind,
      name: row.name,
      property,
      values: row.claims[property] ?? [],
    })),
  );
}

/** Facts first known from a source dated on or after `since` (ISO date), newest first. */
export async function changesSince(db: Database, since: string): Promise<Change[]> {
  return db.read('sources/changes-since', { since, limit: answerCap });
}
