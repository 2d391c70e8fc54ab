import neo4j from 'neo4j-driver';
import type { PropertyValue } from '../contract.ts';

/**
 * A value safe to hand to JSON.stringify, as rows come out of the driver: lists and maps may nest
 * (a query can collect maps). map-rows.ts narrows them to each query's own shape.
 */
export type PlainValue = PropertyValue | PlainValue[] | { [key: string]: PlainValue };

/**
 * Converts whatever the driver returns into plain JSON, once, at the database boundary.
 * Integers become numbers when they fit in a double exactly, strings otherwise (never silently
 * rounded); temporal values become their ISO strings.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (typeof value !== 'object') return value as string | number | boolean;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) {
    return { srid: toPlain(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  }
  if (neo4j.isNode(value)) {
    return { labels: value.labels, properties: toPlain(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return { type: value.type, properties: toPlain(value.properties) };
  }
  const plain: Record<string, PlainValue> = {};
  for (const [key, item] of Object.entries(value)) plain[key] = toPlain(item);
  return plain;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
