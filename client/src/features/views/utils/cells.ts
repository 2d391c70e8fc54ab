import type { Cell } from '../../../lib/api-types.ts';

/** A node in a table cell: enough to name it and find it on the canvas. */
export interface NodeCell {
  kind: 'node';
  id: string;
  caption: string;
  labels: string[];
}

/** A relationship in a table cell, its ends by node id. */
export interface RelationshipCell {
  kind: 'relationship';
  id: string;
  type: string;
  source: string;
  target: string;
}

/** A path in a table cell: its node ids in order. */
export interface PathCell {
  kind: 'path';
  length: number;
  nodes: string[];
}

/** A node's caption by id, for naming relationship ends and path steps. */
export type CaptionOf = (id: string) => string;

function kindOf(cell: Cell): unknown {
  return cell !== null && typeof cell === 'object' && !Array.isArray(cell) ? cell.kind : undefined;
}

/** True for a node reference (a map that merely has a `kind` key is not one). */
export function isNodeCell(cell: Cell): cell is NodeCell {
  return kindOf(cell) === 'node' && Array.isArray((cell as NodeCell).labels);
}

/** True for a relationship reference. */
export function isRelationshipCell(cell: Cell): cell is RelationshipCell {
  return kindOf(cell) === 'relationship' && typeof (cell as RelationshipCell).type === 'string';
}

/** True for a path reference. */
export function isPathCell(cell: Cell): cell is PathCell {
  return kindOf(cell) === 'path' && Array.isArray((cell as PathCell).nodes);
}

/** A cell as one line of text: names for nodes, `A → B` for paths, lists joined by commas. */
export function cellText(cell: Cell, captionOf: CaptionOf): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'object') return String(cell);
  if (Array.isArray(cell)) return cell.map((item) => cellText(item, captionOf)).join(', ');
  if (isNodeCell(cell)) return cell.caption;
  if (isRelationshipCell(cell)) {
    return `${captionOf(cell.source)} ${cell.type} ${captionOf(cell.target)}`;
  }
  if (isPathCell(cell)) return cell.nodes.map(captionOf).join(' → ');
  return Object.entries(cell)
    .map(([key, value]) => `${key}: ${cellText(value, captionOf)}`)
    .join('; ');
}
