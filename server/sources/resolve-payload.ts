import { relationshipId } from '../seed/seed-data.ts';
import type { Candidate, EntityResolver } from './entity-resolver.ts';
import type { FlatValue } from './fact-state.ts';
import { nameKey } from './name-keys.ts';
import type { SourcePayload } from './source-payload.ts';

/** An entity of the source, with the id it will have in the graph. */
export interface ResolvedEntity {
  id: string;
  /** Its name in the graph: the existing name for a match, the source's for a new one. */
  name: string;
  /** Names the source used that the entity did not have yet. */
  newAliases: string[];
  labels: string[];
  quotes: string[];
  properties: Record<string, FlatValue>;
  isNew: boolean;
}

export interface ResolvedRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  quotes: string[];
  properties: Record<string, FlatValue>;
}

export interface MatchedName {
  name: string;
  id: string;
  by: 'id' | 'name' | 'alias' | 'settled';
}

export interface Ambiguity {
  name: string;
  candidates: Candidate[];
}

export interface ResolvedPayload {
  entities: ResolvedEntity[];
  relationships: ResolvedRelationship[];
  matched: MatchedName[];
  ambiguities: Ambiguity[];
  /** Everything that makes the source unacceptable, one sentence each. */
  problems: string[];
}

/** What the graph already knows that a source is checked against. */
export interface GraphVocabulary {
  labels: ReadonlySet<string>;
  relationshipTypes: ReadonlySet<string>;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * Resolves a source's entities to the graph's (or new ones) and its relationships' ends to
 * entities, and lists every problem: quotes not in the text, undeclared labels or types,
 * dangling ends, unsettled or wrongly settled names. Pure: the resolver holds the graph's names.
 */
export function resolvePayload(
  payload: SourcePayload,
  resolver: EntityResolver,
  vocabulary: GraphVocabulary,
): ResolvedPayload {
  const problems: string[] = [];
  const labels = new Set([...vocabulary.labels, ...payload.declare.labels]);
  const types = new Set([...vocabulary.relationshipTypes, ...payload.declare.types]);
  const checkQuotes = (what: string, quotes: string[]) => {
    for (const quote of quotes) {
      if (!payload.text.includes(quote)) {
        problems.push(`${what} quotes text that is not in the source: "${short(quote)}"`);
      }
    }
  };

  const byId = new Map<string, ResolvedEntity>();
  /** The source's own names (and ids) → graph id, for its relationships' ends. */
  const local = new Map<string, string>();
  const matched: MatchedName[] = [];
  const ambiguities: Ambiguity[] = [];

  for (const node of payload.nodes) {
    const what = `entity "${node.name}"`;
    checkQuotes(what, node.quotes);
    for (const label of node.labels) {
      if (!labels.has(label)) {
        problems.push(`${what} has the unknown label ${label}: declare it in "declare.labels"`);
      }
    }
    const settled = Object.hasOwn(payload.resolve, node.name)
      ? payload.resolve[node.name]
      : undefined;
    if (settled !== undefined && settled !== 'new' && !resolver.entity(settled)) {
      problems.push(`${what} is settled as "${settled}", which is no entity of the graph`);
      continue;
    }
    // The same name twice in one source is one entity.
    const earlier = local.get(nameKey(node.name)) ?? (node.id ? local.get(node.id) : undefined);
    const resolution = earlier
      ? ({ kind: 'matched', id: earlier, by: 'name' } as const)
      : resolver.resolve(node.name, node.id, settled);
    if (resolution.kind === 'ambiguous') {
      ambiguities.push({ name: node.name, candidates: resolution.candidates });
      continue;
    }
    const existing = resolver.entity(resolution.id);
    if (resolution.kind === 'matched' && !earlier) {
      matched.push({ name: node.name, id: resolution.id, by: resolution.by });
    }
    const entity: ResolvedEntity = byId.get(resolution.id) ?? {
      id: resolution.id,
      name: existing?.name ?? node.name,
      newAliases: [],
      labels: [],
      quotes: [],
      properties: {},
      isNew: !existing,
    };
    byId.set(entity.id, entity);
    if (!existing)
      resolver.learn({ id: entity.id, name: entity.name, aliases: node.aliases ?? [] });
    // A new spelling becomes an alias; "Nvidia" for "NVIDIA" is the same key, not a new name.
    const knownKeys = new Set(
      [existing?.name, ...(existing?.aliases ?? []), entity.name, ...entity.newAliases]
        .filter((name): name is string => typeof name === 'string')
        .map(nameKey),
    );
    for (const alias of [node.name, ...(node.aliases ?? [])]) {
      if (!knownKeys.has(nameKey(alias))) {
        entity.newAliases.push(alias);
        knownKeys.add(nameKey(alias));
      }
    }
    entity.labels = [...new Set([...entity.labels, ...node.labels])];
    entity.quotes = [...new Set([...entity.quotes, ...node.quotes])];
    entity.properties = { ...entity.properties, ...node.properties };
    if (node.camp) entity.properties.camp = node.camp;
    for (const key of [node.name, nameKey(node.name), node.id].filter(Boolean) as string[]) {
      local.set(key, entity.id);
    }
  }

  const endOf = (reference: string, what: string): string | undefined => {
    const mine = local.get(reference) ?? local.get(nameKey(reference));
    if (mine) return mine;
    if (resolver.entity(reference)) return reference;
    const exact = resolver.exact(reference);
    if (exact.length === 1) return exact[0]!.id;
    if (exact.length > 1) {
      problems.push(
        `${what}: "${reference}" could be ${exact.map((e) => e.id).join(' or ')}; use the id`,
      );
    } else if (!ambiguities.some((ambiguity) => ambiguity.name === reference)) {
      problems.push(`${what}: "${reference}" is no entity of this source or the graph`);
    }
    return undefined;
  };

  const relationships = new Map<string, ResolvedRelationship>();
  for (const rel of payload.relationships) {
    const what = `relationship ${rel.source} -${rel.type}-> ${rel.target}`;
    checkQuotes(what, rel.quotes);
    if (!types.has(rel.type)) {
      problems.push(`${what} has the unknown type ${rel.type}: declare it in "declare.types"`);
    }
    const source = endOf(rel.source, what);
    const target = endOf(rel.target, what);
    if (!source || !target) continue;
    const id = relationshipId(source, rel.type, target);
    const earlier = relationships.get(id);
    relationships.set(id, {
      id,
      type: rel.type,
      source,
      target,
      quotes: [...new Set([...(earlier?.quotes ?? []), ...rel.quotes])],
      properties: { ...earlier?.properties, ...rel.properties },
    });
  }

  return {
    entities: [...byId.values()],
    relationships: [...relationships.values()],
    matched,
    ambiguities,
    problems,
  };
}
