import { ENTITY_KINDS, type Kind } from '../../../common/domain.ts';

/**
 * The kinds of entity the graph holds, one per Neo4j label, with how each is drawn. The graph
 * stylesheet, the legend, the search dropdown and the details badges all read this table, so a
 * colour never means two things.
 */
export const KINDS = ENTITY_KINDS;
export type { Kind };

/** Cytoscape node shapes the kinds use; the legend draws the same outlines in SVG. */
export type KindShape =
  | 'round-rectangle'
  | 'ellipse'
  | 'round-hexagon'
  | 'round-diamond'
  | 'round-tag'
  | 'round-triangle';

export interface KindStyle {
  /** Fill of the node, legend swatch and search dot. */
  color: string;
  /** A darker tone of `color` for borders and badge text. */
  ink: string;
  shape: KindShape;
  /** Name for the legend, badges and the search dropdown. */
  name: string;
}

export const KIND_STYLES: Record<Kind, KindStyle> = {
  Company: {
    color: '#5b8bd0',
    ink: '#2f5b99',
    shape: 'round-rectangle',
    name: 'Company',
  },
  Investor: {
    color: '#8a74c4',
    ink: '#58439a',
    shape: 'round-rectangle',
    name: 'Investor',
  },
  Person: { color: '#e39a5c', ink: '#a3581c', shape: 'ellipse', name: 'Person' },
  Product: {
    color: '#5fae7a',
    ink: '#2f7447',
    shape: 'round-hexagon',
    name: 'Product',
  },
  Technology: {
    color: '#4fb3b8',
    ink: '#21767a',
    shape: 'round-diamond',
    name: 'Technology',
  },
  FundingRound: {
    color: '#e2c04f',
    ink: '#765c09',
    shape: 'round-tag',
    name: 'Funding round',
  },
  Challenge: {
    color: '#dc6b6b',
    ink: '#a03434',
    shape: 'round-triangle',
    name: 'Challenge',
  },
};

/** Drawn for labels the explorer does not know yet, so new data still shows up. */
export const UNKNOWN_KIND_STYLE: KindStyle = {
  color: '#a3abb8',
  ink: '#555f6e',
  shape: 'ellipse',
  name: 'Other',
};

function isKind(label: string): label is Kind {
  return (KINDS as readonly string[]).includes(label);
}

/**
 * The one kind a node is drawn as. Organisations that invest carry both Company and Investor;
 * they are drawn as Investors, the more specific role, so the legend can count each node once.
 */
export function kindOf(labels: readonly string[]): Kind | null {
  if (labels.includes('Investor')) return 'Investor';
  return labels.find(isKind) ?? null;
}

/** The style of a node's kind, or the neutral style when none of its labels is known. */
export function kindStyleOf(labels: readonly string[]): KindStyle {
  const kind = kindOf(labels);
  return kind ? KIND_STYLES[kind] : UNKNOWN_KIND_STYLE;
}

/** The style of one label, for badges that list every label of a node. */
export function labelStyle(label: string): KindStyle {
  return isKind(label) ? KIND_STYLES[label] : { ...UNKNOWN_KIND_STYLE, name: label };
}
