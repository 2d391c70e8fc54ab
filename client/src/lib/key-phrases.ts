import type { ApiEdge, ApiNode, Properties } from './api-types.ts';
import { namesOf } from './entity-names.ts';

/** What to mark in a fact's quotes: literal phrases, and word stems (see highlightTerms). */
export interface KeyPhrases {
  terms: string[];
  stems: string[];
}

/** Sums of money as the article writes them: "$290 million", "2 billion yuan", "€500 million". */
const MONEY =
  /[$€£]\s?\d(?:[\d,.]*\d)?(?:\s(?:million|billion|trillion))?|\b\d(?:[\d,.]*\d)?\s(?:million|billion|trillion)(?:\s(?:yuan|euros?|dollars))?/gi;

/**
 * The words that say a relationship in this article's sentences, as stems; types not listed
 * fall back to their own words ("TRAINED_ON" → "train").
 */
const RELATIONSHIP_WORDS: Record<string, string[]> = {
  LED: ['led', 'lead'],
  PARTICIPATED_IN: ['participat'],
  RAISED: ['raise', 'secured'],
  FOUNDED: ['found', 'launch'],
  LEFT: ['departed', 'left'],
  LEADS: ['led by', 'leads', 'leading'],
  WORKS_AT: ['analyst'],
  SKEPTICAL_OF: ['skeptic', 'caution'],
  DEVELOPS: ['develop', 'build', 'behind'],
  COMPETES_WITH: ['compet', 'rival'],
  PURSUES: ['pursu', 'pivot'],
  APPLIED_TO: ['brains', 'utility'],
  FACES: ['plague', 'solve', 'hurdle'],
};

/** Words of a type name too common to mark on their own. */
const LINKING_WORDS = new Set(['with', 'to', 'of', 'in', 'at', 'on', 'for']);

function wordsOfType(type: string): string[] {
  return type
    .toLowerCase()
    .split('_')
    .filter((word) => !LINKING_WORDS.has(word))
    .map((word) => word.replace(/(?:ies|es|ed|s)$/, ''))
    .filter((stem) => stem.length >= 4);
}

function strings(value: Properties[string] | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** Every sum of money the text names, as written. */
export function amountsIn(text: string): string[] {
  return [...new Set(text.match(MONEY) ?? [])];
}

function isRound(node: ApiNode | undefined): boolean {
  return node?.labels.includes('FundingRound') ?? false;
}

/** An entity's names, and for a funding round the sums its quotes name. */
export function nodePhrases(node: ApiNode, quotes: readonly string[]): KeyPhrases {
  if (!isRound(node)) return { terms: namesOf(node), stems: [] };
  const round = strings(node.properties.roundType);
  return { terms: [...namesOf(node), ...round, ...amountsIn(quotes.join(' '))], stems: [] };
}

/**
 * Both ends' names, the article's own wording of the relationship, the verb that says it, and
 * the sums named when money is involved: "Alibaba Cloud has **led** a **2 billion yuan** …".
 */
export function edgePhrases(
  edge: ApiEdge,
  ends: readonly (ApiNode | undefined)[],
  quotes: readonly string[],
): KeyPhrases {
  // A round's quotes say "the Series B funding round for ShengShu", not its full name.
  const names = ends.flatMap((end) =>
    end ? [...namesOf(end), ...(isRound(end) ? strings(end.properties.roundType) : [])] : [],
  );
  const wording = [
    ...strings(edge.properties.articleWording),
    ...strings(edge.properties.stanceQuotes),
  ];
  const amounts = ends.some(isRound) ? amountsIn(quotes.join(' ')) : [];
  return {
    terms: [...names, ...wording, ...amounts],
    stems: RELATIONSHIP_WORDS[edge.type] ?? wordsOfType(edge.type),
  };
}
