/**
 * Layers of the hierarchy, top to bottom: money flows down from investors through rounds to
 * companies (and the people who run them), which make products, built on technologies, which
 * face challenges. Unknown kinds sit with the technologies.
 */
export const HIERARCHY_RANKS: Readonly<Record<string, number>> = {
  Investor: 0,
  FundingRound: 1,
  Company: 2,
  Person: 2,
  Product: 3,
  Technology: 4,
  Other: 4,
  Challenge: 5,
};

/** The layer of a kind (see HIERARCHY_RANKS). */
export function hierarchyRank(kind: string): number {
  return HIERARCHY_RANKS[kind] ?? HIERARCHY_RANKS.Other!;
}
