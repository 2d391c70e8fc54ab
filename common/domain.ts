/**
 * The ecosystem's vocabulary, shared by the server (seeding, ingestion, validation) and the page
 * (styles, legend, filters), so both always mean the same kinds and camps.
 */

/**
 * How many entities GET /api/graph answers when no limit is asked for: the page's first drawing.
 * Past it, the page shows the overview instead.
 */
export const GRAPH_DEFAULT_LIMIT = 2_000;

/** The kinds of entity the graph holds, one per Neo4j label, in the order the legend lists them. */
export const ENTITY_KINDS = [
  'Company',
  'Investor',
  'Person',
  'Product',
  'Technology',
  'FundingRound',
  'Challenge',
] as const;

export type Kind = (typeof ENTITY_KINDS)[number];

/** Which side of the shift an entity is on, in the order the page lays them out (left to right). */
export const CAMPS = ['llm', 'both', 'world-model', 'neutral'] as const;

export type Camp = (typeof CAMPS)[number];
