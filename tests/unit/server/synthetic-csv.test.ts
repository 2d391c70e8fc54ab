import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SYNTHETIC_ARRAY_DELIMITER,
  writeSyntheticCsv,
} from '../../../server/seed/synthetic/synthetic-csv.ts';
import {
  generateSyntheticGraph,
  SYNTHETIC_QUOTE,
} from '../../../server/seed/synthetic/synthetic-graph.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'explorer-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows of a CSV file the writer made (no field of ours holds a quoted comma). */
function rows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((value, index) => [columns[index]!, value])),
  );
}

describe('writeSyntheticCsv', () => {
  const graph = generateSyntheticGraph(1_500, 5);
  const csv = writeSyntheticCsv(1_500, 5, dir);
  const nodes = rows(csv.nodesFile);
  const relationships = rows(csv.relationshipsFile);

  it('when written, then every fact of the generated graph is one row, in the same order', () => {
    expect(csv.entities).toBe(graph.nodes.length);
    expect(nodes.map((row) => row['id:ID'])).toEqual(graph.nodes.map((node) => node.id));
    expect(relationships.map((row) => row.id)).toEqual(graph.relationships.map((rel) => rel.id));
    expect(csv.relationships).toBe(graph.relationships.length);
  });

  it('when an entity is written, then it carries :Entity, its kind, the source and the quote', () => {
    const investor = graph.nodes.find((node) => node.labels.includes('Investor'))!;
    const row = nodes.find((item) => item['id:ID'] === investor.id)!;
    expect(row[':LABEL']!.split(SYNTHETIC_ARRAY_DELIMITER)).toEqual([
      'Entity',
      'Company',
      'Investor',
    ]);
    expect(row).toMatchObject({
      name: investor.name,
      camp: investor.camp,
      sourceId: 'synthetic',
      'quotes:string[]': SYNTHETIC_QUOTE,
      'synthetic:boolean': 'true',
      'year:long': String(investor.properties.year),
      roundType: '',
    });
  });

  it('when a funding round is written, then its amounts are whole numbers in typed columns', () => {
    const round = graph.nodes.find((node) => node.properties.currency === 'USD')!;
    const row = nodes.find((item) => item['id:ID'] === round.id)!;
    expect(row['amount:long']).toBe(String(round.properties.amount));
    expect(row['amountUsd:long']).toBe(String(round.properties.amountUsd));
    expect(row.currency).toBe('USD');
  });

  it('when a relationship is written, then its ends, type and evidence are those generated', () => {
    const rel = graph.relationships[0]!;
    expect(relationships[0]).toMatchObject({
      ':START_ID': rel.source,
      ':END_ID': rel.target,
      ':TYPE': rel.type,
      sourceId: 'synthetic',
      'quotes:string[]': SYNTHETIC_QUOTE,
    });
  });
});
