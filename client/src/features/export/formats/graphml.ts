import type { PropertyValue } from '../../../../../server/contract.ts';
import { propertyKeys, type ExportGraph } from './export-graph.ts';
import { escapeXml } from '../../../lib/xml.ts';

/** GraphML's attribute types, as Gephi, yEd and networkx read them. */
type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

/** The narrowest GraphML type that holds every value a key takes. Lists are written as JSON text. */
function typeOf(values: PropertyValue[]): GraphmlType {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length === 0) return 'string';
  if (present.every((value) => typeof value === 'boolean')) return 'boolean';
  if (present.every((value) => typeof value === 'number' && Number.isInteger(value))) return 'long';
  if (present.every((value) => typeof value === 'number')) return 'double';
  return 'string';
}

function text(value: PropertyValue): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

interface KeyInfo {
  id: string;
  name: string;
  type: GraphmlType;
}

function declareKeys(
  prefix: 'n' | 'e',
  items: { properties: Record<string, PropertyValue> }[],
): KeyInfo[] {
  return propertyKeys(items).map((name, index) => ({
    id: `${prefix}${index}`,
    name,
    type: typeOf(items.map((item) => item.properties[name] ?? null)),
  }));
}

/**
 * Writes a directed GraphML document. Nodes carry `labels` (colon-joined, as Neo4j writes them)
 * and a `label` key (their caption, which Gephi and yEd show); edges carry their `type` and
 * `label`. Every property gets a typed key, so numbers stay numbers in the tools that open it.
 */
export function toGraphml(graph: ExportGraph, title = 'Ecosystem Explorer export'): string {
  const nodeKeys = declareKeys('n', graph.nodes);
  const edgeKeys = declareKeys('e', graph.edges);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${escapeXml(title)}</desc>`,
    '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
  ];
  const reserved = new Set(['label', 'labels', 'type']);
  const declare = (key: KeyInfo, domain: 'node' | 'edge') => {
    if (reserved.has(key.name)) return;
    lines.push(
      `  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
    );
  };
  nodeKeys.forEach((key) => declare(key, 'node'));
  edgeKeys.forEach((key) => declare(key, 'edge'));

  const data = (keys: KeyInfo[], properties: Record<string, PropertyValue>) =>
    keys
      .filter((key) => !reserved.has(key.name))
      .flatMap((key) => {
        const value = properties[key.name];
        return value === null || value === undefined
          ? []
          : [`      <data key="${key.id}">${escapeXml(text(value))}</data>`];
      });

  lines.push('  <graph id="G" edgedefault="directed">');
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(`      <data key="label">${escapeXml(node.caption)}</data>`);
    lines.push(
      `      <data key="labels">${escapeXml(node.labels.map((l) => `:${l}`).join(''))}</data>`,
    );
    lines.push(...data(nodeKeys, node.properties));
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
    );
    lines.push(`      <data key="label">${escapeXml(edge.type)}</data>`);
    lines.push(`      <data key="type">${escapeXml(edge.type)}</data>`);
    lines.push(...data(edgeKeys, edge.properties));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
