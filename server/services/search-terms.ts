/**
 * Full-text (Lucene) queries for a search text. The index tokenises names into lower-case words,
 * so a text is cut into its runs of letters and digits, each of which must occur in a word of
 * the entity: every entity whose name contains the whole text is among the matches, and
 * search.cypher then keeps only those and ranks them. Runs hold only [a-z0-9], so no Lucene
 * syntax can come from the text.
 */
export interface SearchTerms {
  /**
   * Entities with a word starting with each run: cheap, and holds every tier-0–2 match. Those
   * whose words equal the runs score higher, shortest names first (Lucene's BM25), so when the
   * index is asked for only its best candidates, an exact name is among them.
   */
  prefix: string;
  /** Entities with a word containing each run: every match. */
  infix: string;
}

/**
 * The two queries for `text`, or null when the index cannot narrow it: text with no letters or
 * digits, or with characters outside printable ASCII (Lucene's tokeniser splits scripts such as Chinese into
 * single characters, which a wildcard over the whole run would miss).
 */
export function searchTerms(text: string): SearchTerms | null {
  const needle = text.toLowerCase();
  if (/[^ -~]/.test(needle)) return null;
  const runs = needle.split(/[^a-z0-9]+/).filter((run) => run.length > 0);
  if (runs.length === 0) return null;
  const words = runs.join(' AND ');
  return {
    prefix: `(${words})^4 OR (${runs.map((run) => `${run}*`).join(' AND ')})`,
    infix: runs.map((run) => `*${run}*`).join(' AND '),
  };
}
