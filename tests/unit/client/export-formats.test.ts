import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvZip, edgesCsv, nodesCsv } from '../../../client/src/features/export/formats/csv.ts';
import type { ExportGraph } from '../../../client/src/features/export/formats/export-graph.ts';
import { toGraphml } from '../../../client/src/features/export/formats/graphml.ts';

const graph: ExportGraph = {
  nodes: [
    {
      id: 'shengshu',
      labels: ['Company'],
      caption: 'ShengShu',
      properties: {
        name: 'ShengShu',
        camp: 'world-model',
        quotes: ['One, "quoted".', 'Two & <three>'],
      },
    },
    {
      id: 'shengshu-series-b',
      labels: ['FundingRound'],
      caption: 'ShengShu Series B',
      properties: { name: 'ShengShu Series B', amount: 2_000_000_000, currency: 'CNY', share: 0.5 },
    },
    {
      id: 'alibaba-cloud',
      labels: ['Company', 'Investor'],
      caption: 'Alibaba Cloud',
      properties: { name: 'Alibaba Cloud', lead: true },
    },
  ],
  edges: [
    {
      id: 'shengshu-RAISED-shengshu-series-b',
      type: 'RAISED',
      source: 'shengshu',
      target: 'shengshu-series-b',
      properties: { quotes: ['ShengShu secured 2 billion yuan.'] },
    },
    {
      id: 'alibaba-cloud-LED-shengshu-series-b',
      type: 'LED',
      source: 'alibaba-cloud',
      target: 'shengshu-series-b',
      properties: { quotes: ['Alibaba Cloud has led.'], weight: 3 },
    },
  ],
};

describe('GraphML export', () => {
  const xml = toGraphml(graph);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');

  it('when parsed as XML, then it holds one node and one edge element per graph item', () => {
    expect(doc.getElementsByTagName('node').length).toBe(3);
    expect(doc.getElementsByTagName('edge').length).toBe(2);
    const edge = doc.getElementsByTagName('edge')[1]!;
    expect(edge.getAttribute('source')).toBe('alibaba-cloud');
    expect(edge.getAttribute('target')).toBe('shengshu-series-b');
  });

  it('when keys are declared, then each property has one key with a type that fits its values', () => {
    const keys = Array.from(doc.getElementsByTagName('key')).map((key) => [
      key.getAttribute('for'),
      key.getAttribute('attr.name'),
      key.getAttribute('attr.type'),
    ]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['node', 'amount', 'long'],
        ['node', 'share', 'double'],
        ['node', 'lead', 'boolean'],
        ['node', 'quotes', 'string'],
        ['edge', 'weight', 'long'],
        ['node', 'labels', 'string'],
        ['edge', 'type', 'string'],
      ]),
    );
  });

  it('when networkx reads the file, then counts, types and properties survive', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'graphml-'));
    const file = path.join(dir, 'graph.graphml');
    writeFileSync(file, xml);
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),',
      ' "amount": g.nodes["shengshu-series-b"]["amount"], "lead": g.nodes["alibaba-cloud"]["lead"],',
      ' "labels": g.nodes["alibaba-cloud"]["labels"], "type": g.edges["alibaba-cloud", "shengshu-series-b"]["type"],',
      ' "quotes": json.loads(g.nodes["shengshu"]["quotes"])}))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      nodes: 3,
      edges: 2,
      directed: true,
      amount: 2_000_000_000,
      lead: true,
      labels: ':Company:Investor',
      type: 'LED',
      quotes: ['One, "quoted".', 'Two & <three>'],
    });
  });
});

describe('CSV export', () => {
  const parse = (text: string) =>
    Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

  it('when nodes.csv is parsed, then every node is a row with its provenance intact', () => {
    const { data, errors } = parse(nodesCsv(graph));
    expect(errors).toEqual([]);
    expect(data).toHaveLength(3);
    expect(data[0]).toMatchObject({
      id: 'shengshu',
      labels: 'Company',
      caption: 'ShengShu',
      quotes: 'One, "quoted".\nTwo & <three>',
    });
    expect(data[2]!.labels).toBe('Company;Investor');
    expect(data[1]!.amount).toBe('2000000000');
  });

  it('when edges.csv is parsed, then each edge names its type, ends and quotes', () => {
    const { data } = parse(edgesCsv(graph));
    expect(data.map((row) => [row.type, row.source, row.target])).toEqual([
      ['RAISED', 'shengshu', 'shengshu-series-b'],
      ['LED', 'alibaba-cloud', 'shengshu-series-b'],
    ]);
    expect(data[1]!.quotes).toBe('Alibaba Cloud has led.');
  });

  it('when zipped, then the archive holds both files and they parse the same', () => {
    const files = unzipSync(csvZip(graph));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const nodes = strFromU8(files['nodes.csv']!).replace(/^\uFEFF/, '');
    expect(parse(nodes).data).toHaveLength(3);
  });
});
