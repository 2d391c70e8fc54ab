import type { Database } from '../neo4j/database.ts';
import { articleSentences, type ArticleSentence } from '../seed/article-sentences.ts';

interface Fact {
  id: string;
  quotes: string[];
}

/** Every sentence of a source's text, with the facts the database holds that quote it. */
export async function sentencesOf(
  db: Database,
  sourceId: string,
  article: string,
): Promise<ArticleSentence[]> {
  const [row] = await db.read('graph/facts-of-source', { sourceId });
  return articleSentences(article, {
    nodes: (row?.nodes ?? []) as unknown as Fact[],
    edges: (row?.edges ?? []) as unknown as Fact[],
  });
}
