import type { RelativePlacement } from 'cytoscape-fcose';
import type { Camp } from '../../../lib/api-types.ts';

/** A node as the camp layout sees it. */
export interface CampMember {
  id: string;
  camp: Camp;
}

/** Gaps between node borders, in model pixels, that keep the camps visibly apart. */
export const CAMP_GAPS = {
  /** Between the LLM and the world-model camp when no 'both' node stands between them. */
  llmToWorldModel: 220,
  /** Between either camp and the 'both' band in the middle. */
  toBoth: 90,
  /** Between the camps above and the neutral band below. */
  toNeutral: 150,
} as const;

/** Column of each camp: LLM on the left, 'both' in the middle, world models on the right. */
const COLUMN: Partial<Record<Camp, number>> = { llm: 0, both: 1, 'world-model': 2 };

/**
 * fcose relative-placement constraints that keep every LLM node left of every 'both' node, and
 * those left of every world-model node; neutral nodes go in a band below, free to drift left
 * or right towards what they relate to. Pairs rather than a chain, because fcose enforces each
 * pair only approximately and a chain would let the ends drift.
 */
export function campPlacementConstraints(members: readonly CampMember[]): RelativePlacement[] {
  const byColumn: string[][] = [[], [], []];
  const neutral: string[] = [];
  for (const member of members) {
    const column = COLUMN[member.camp];
    if (column !== undefined) byColumn[column]?.push(member.id);
    else neutral.push(member.id);
  }
  const [llm = [], both = [], worldModel = []] = byColumn;
  const pairs = (left: string[], right: string[], gap: number): RelativePlacement[] =>
    left.flatMap((l) => right.map((r) => ({ left: l, right: r, gap })));
  return [
    ...pairs(llm, worldModel, CAMP_GAPS.llmToWorldModel),
    ...pairs(llm, both, CAMP_GAPS.toBoth),
    ...pairs(both, worldModel, CAMP_GAPS.toBoth),
    ...byColumn
      .flat()
      .flatMap((top) => neutral.map((bottom) => ({ top, bottom, gap: CAMP_GAPS.toNeutral }))),
  ];
}
