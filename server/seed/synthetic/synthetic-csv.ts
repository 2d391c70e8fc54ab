import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SeedNode, SeedRelationship } from '../seed-data.ts';
import { SYNTHETIC_SOURCE, syntheticFacts } from './synthetic-graph.ts';

/**
 * Separator of list values and labels inside a field. Not Neo4j's `;`: the synthetic quote holds
 * one, and a list field is split on it even inside quotes.
 */
export const SYNTHETIC_ARRAY_DELIMITER = '\u001f';
/** The same, spelled the way neo4j-admin's --array-delimiter takes it. */
export const SYNTHETIC_ARRAY_DELIMITER_OPTION = 'U+001F';

/**
 * Property columns of a synthetic entity, with the type bulkWrite gives each (the driver sends a
 * whole number as an Integer, so whole-number values are `long`). An entity without a value
 * leaves the field empty, which the importer skips, as `SET n += props` would.
 */
const nodePropertyColumns = [
  ['synthetic', 'boolean'],
  ['year', 'long'],
  ['roundType', 'string'],
  ['amount', 'long'],
  ['currency', 'string'],
  ['dateText', 'string'],
  ['amountUsd', 'long'],
] as const;
const relationshipPropertyColumns = [['synthetic', 'boolean']] as const;

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join(SYNTHETIC_ARRAY_DELIMITER) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function propertyFields(
  properties: Record<string, unknown>,
  columns: readonly (readonly [string, string])[],
  owner: string,
): string[] {
  for (const key of Object.keys(properties)) {
    // A generator change must not drop a property from the import unnoticed.
    if (!columns.some(([column]) => column === key)) {
      throw new Error(`Synthetic ${owner} property "${key}" has no CSV column.`);
    }
  }
  return columns.map(([key]) => field(properties[key]));
}

const nodeHeader = [
  'id:ID',
  ':LABEL',
  'name',
  'camp',
  'sourceId',
  'quotes:string[]',
  ...nodePropertyColumns.map(([key, type]) => (type === 'string' ? key : `${key}:${type}`)),
].join(',');

const relationshipHeader = [
  ':START_ID',
  ':END_ID',
  ':TYPE',
  'id',
  'sourceId',
  'quotes:string[]',
  ...relationshipPropertyColumns.map(([key, type]) => `${key}:${type}`),
].join(',');

function nodeLine(node: SeedNode): string {
  return [
    field(node.id),
    // Every entity carries :Entity beside its kind, as create-nodes.cypher gives it.
    field(['Entity', ...node.labels]),
    field(node.name),
    field(node.camp),
    field(SYNTHETIC_SOURCE),
    field(node.quotes),
    ...propertyFields(node.properties, nodePropertyColumns, 'entity'),
  ].join(',');
}

function relationshipLine(rel: SeedRelationship): string {
  return [
    field(rel.source),
    field(rel.target),
    field(rel.type),
    field(rel.id),
    field(SYNTHETIC_SOURCE),
    field(rel.quotes),
    ...propertyFields(rel.properties, relationshipPropertyColumns, 'relationship'),
  ].join(',');
}

/** Appends lines to a file in large writes, so a million rows cost few system calls. */
class LineWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(file: string, header: string) {
    this.fd = openSync(file, 'w');
    this.add(header);
  }

  add(line: string): void {
    this.pending.push(line);
    this.pendingChars += line.length + 1;
    if (this.pendingChars > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, `${this.pending.join('\n')}\n`);
    this.pending = [];
    this.pendingChars = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** The two files written, and how many rows each holds. */
export interface SyntheticCsv {
  nodesFile: string;
  relationshipsFile: string;
  entities: number;
  relationships: number;
}

/**
 * Writes the synthetic graph of `entities` entities (the same one generateSyntheticGraph makes
 * from `seed`) as Neo4j import CSVs in `dir`, one fact at a time: memory stays flat whatever
 * the size. The rows carry what bulkWrite's queries set, so the app cannot tell them apart.
 */
export function writeSyntheticCsv(entities: number, seed: number, dir: string): SyntheticCsv {
  const nodesFile = path.join(dir, 'synthetic-nodes.csv');
  const relationshipsFile = path.join(dir, 'synthetic-relationships.csv');
  const nodes = new LineWriter(nodesFile, nodeHeader);
  const relationships = new LineWriter(relationshipsFile, relationshipHeader);
  let entityCount = 0;
  let relationshipCount = 0;
  try {
    for (const fact of syntheticFacts(entities, seed)) {
      if (fact.entity) {
        nodes.add(nodeLine(fact.entity));
        entityCount += 1;
      } else {
        relationships.add(relationshipLine(fact.relationship));
        relationshipCount += 1;
      }
    }
  } finally {
    nodes.close();
    relationships.close();
  }
  return {
    nodesFile,
    relationshipsFile,
    entities: entityCount,
    relationships: relationshipCount,
  };
}
