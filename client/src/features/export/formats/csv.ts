import { strToU8, zipSync } from 'fflate';
import type { PropertyValue } from '../../../../../server/contract.ts';
import { propertyKeys, type ExportGraph } from './export-graph.ts';

/** RFC 4180: quote a field when it holds a comma, a quote or a line break. */
function field(value: PropertyValue | undefined): string {
  if (value === null || value === undefined) return '';
  // Lists (quotes above all) become one cell, one item per line, so a spreadsheet shows them readably.
  const text = Array.isArray(value) ? value.map(String).join('\n') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: PropertyValue[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Fixed leading columns, then every property (provenance columns `quotes` and `sourceId` included). */
export function nodesCsv(graph: ExportGraph): string {
  const keys = propertyKeys(graph.nodes).filter((key) => key !== 'id');
  return table(
    ['id', 'labels', 'caption', ...keys],
    graph.nodes.map((node) => [
      node.id,
      node.labels.join(';'),
      node.caption,
      ...keys.map((key) => node.properties[key] ?? null),
    ]),
  );
}

export function edgesCsv(graph: ExportGraph): string {
  const keys = propertyKeys(graph.edges).filter((key) => key !== 'id');
  return table(
    ['id', 'type', 'source', 'target', ...keys],
    graph.edges.map((edge) => [
      edge.id,
      edge.type,
      edge.source,
      edge.target,
      ...keys.map((key) => edge.properties[key] ?? null),
    ]),
  );
}

/** nodes.csv and edges.csv in one zip archive (UTF-8 with a BOM, so Excel reads accents right). */
export function csvZip(graph: ExportGraph): Uint8Array {
  const bom = '\uFEFF';
  return zipSync({
    'nodes.csv': strToU8(bom + nodesCsv(graph)),
    'edges.csv': strToU8(bom + edgesCsv(graph)),
  });
}
