import type { SeedNode, SeedRelationship } from './seed-data.ts';

/**
 * Rows turned into columns for the seed's UNWIND queries. Bolt packs a few long lists of strings
 * far faster than thousands of small maps (the driver's packing was half of the ingest time),
 * and label and quote lists repeat, so each distinct one is sent once and referred to by index.
 */
export interface NodeColumns {
  ids: string[];
  names: string[];
  camps: string[];
  props: SeedNode['properties'][];
  labelSets: string[][];
  labelsOf: number[];
  quoteSets: string[][];
  quoteOf: number[];
  sourceId: string;
}

export interface RelationshipColumns {
  ids: string[];
  types: string[];
  sources: string[];
  targets: string[];
  props: SeedRelationship['properties'][];
  quoteSets: string[][];
  quoteOf: number[];
  sourceId: string;
}

/** Each distinct list once, and for every row the index of its list. */
function dictionary(lists: string[][]): { sets: string[][]; of: number[] } {
  const sets: string[][] = [];
  const index = new Map<string, number>();
  const of = lists.map((list) => {
    const key = list.join('\u0000');
    let at = index.get(key);
    if (at === undefined) {
      at = sets.length;
      sets.push(list);
      index.set(key, at);
    }
    return at;
  });
  return { sets, of };
}

export function nodeColumns(rows: SeedNode[], sourceId: string): NodeColumns {
  const labels = dictionary(rows.map((row) => row.labels));
  const quotes = dictionary(rows.map((row) => row.quotes));
  return {
    ids: rows.map((row) => row.id),
    names: rows.map((row) => row.name),
    camps: rows.map((row) => row.camp),
    props: rows.map((row) => row.properties),
    labelSets: labels.sets,
    labelsOf: labels.of,
    quoteSets: quotes.sets,
    quoteOf: quotes.of,
    sourceId,
  };
}

export function relationshipColumns(
  rows: SeedRelationship[],
  sourceId: string,
): RelationshipColumns {
  const quotes = dictionary(rows.map((row) => row.quotes));
  return {
    ids: rows.map((row) => row.id),
    types: rows.map((row) => row.type),
    sources: rows.map((row) => row.source),
    targets: rows.map((row) => row.target),
    props: rows.map((row) => row.properties),
    quoteSets: quotes.sets,
    quoteOf: quotes.of,
    sourceId,
  };
}
