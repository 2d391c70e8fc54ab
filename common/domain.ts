/**
 * The ecosystem's vocabulary, shared by the server (seeding, ingestion, validation) and the page
 * (styles, legend, filters), so both always mean the same kinds and camps.
 */

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
