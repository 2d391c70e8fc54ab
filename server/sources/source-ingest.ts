import { AppError } from '../errors.ts';
import type { Database, TransactionStep } from '../neo4j/database.ts';
import { EntityResolver } from './entity-resolver.ts';
import {
  disputedProperties,
  readFactState,
  sourcesOf,
  storedProperties,
  withContribution,
  withoutSource,
  type FactState,
  type FlatValue,
} from './fact-state.ts';
import type { Conflict, IngestPlan } from './ingest-plan.ts';
import { resolvePayload } from './resolve-payload.ts';
import { knownLabels, sourceDate, type SourcePayload } from './source-payload.ts';

/** A relationship as the Cypher of server/sources finds it: by its ends, type and id. */
export interface RelationshipKey {
  id: string;
  type: string;
  source: string;
  target: string;
}

/** How a source remembers the relationships it backs: "TYPE|source|target" (slugs have no "|"). */
export const keyText = (key: RelationshipKey) => `${key.type}|${key.source}|${key.target}`;
export function keyOf(text: string): RelationshipKey {
  const [type = '', source = '', target = ''] = text.split('|');
  return { id: `${source}-${type}-${target}`, type, source, target };
}

/** Labels the explorer keeps for itself: never an entity's kind. */
const reservedLabels = new Set([
  'Entity',
  'Source',
  'SavedView',
  'ExplorerUser',
  'ExplorerSession',
  'AuditEntry',
]);

let queue: Promise<unknown> = Promise.resolve();

/**
 * Ingests and retractions read the facts they change and write them back whole: one at a time in
 * this process, so two editors never overwrite each other's evidence.
 */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function sourceDates(step: TransactionStep): Promise<Map<string, string>> {
  const { rows } = await step('sources/source-dates');
  return new Map(rows.map((row) => [row.id, row.date]));
}

async function factStates(
  step: TransactionStep,
  entityIds: string[],
  relationshipKeys: RelationshipKey[],
) {
  const entities = new Map<string, { labels: string[]; props: Record<string, unknown> }>();
  for (const row of (await step('sources/entities-by-id', { ids: entityIds })).rows) {
    entities.set(row.id, { labels: row.labels, props: row.props });
  }
  const relationships = new Map<string, Record<string, unknown>>();
  const { rows } = await step('sources/relationships-by-key', { keys: relationshipKeys });
  for (const row of rows) relationships.set(row.id, row.props);
  return { entities, relationships };
}

/** Conflicts in `next` that `source` takes part in. */
function conflictsOf(
  element: string,
  kind: Conflict['kind'],
  next: FactState,
  source: string,
): Conflict[] {
  return disputedProperties(next)
    .filter((property) => next.claims[property]!.some((claim) => claim.source === source))
    .map((property) => ({ element, kind, property, values: next.claims[property]! }));
}

const emptyState: FactState = { evidence: [], claims: {} };

interface Work {
  plan: IngestPlan;
  entityRows: { id: string; labels: string[]; props: Record<string, unknown> }[];
  relationshipRows: (RelationshipKey & { props: Record<string, unknown> })[];
  deadRelationships: RelationshipKey[];
  orphanCandidates: string[];
}

/**
 * Adds a source to the graph, or reads it again: its facts are matched to the graph's entities
 * (or created), each fact gains the source's evidence, its property values become claims, and
 * facts it backed before but no longer does lose its evidence. All or nothing, in one
 * transaction; a dry run answers the same plan and writes nothing. Refused (4xx, nothing
 * written) when a problem or an unsettled name remains.
 */
export function ingestSource(
  db: Database,
  payload: SourcePayload,
  options: { dryRun: boolean },
): Promise<IngestPlan> {
  return oneAtATime(() =>
    db.transaction(async (step) => {
      const work = await planIngest(step, payload, options.dryRun);
      const { plan } = work;
      if (plan.problems.length > 0 && !options.dryRun) {
        throw new AppError(
          400,
          'invalid_source',
          `The source cannot be added: ${plan.problems.length} problem(s). ${plan.problems[0]}`,
          { details: { plan } },
        );
      }
      if (plan.ambiguities.length > 0 && !options.dryRun) {
        throw new AppError(
          409,
          'ambiguous_names',
          `${plan.ambiguities.length} name(s) may be entities the graph has: settle each in "resolve" with an id or "new". First: "${plan.ambiguities[0]!.name}".`,
          { details: { plan } },
        );
      }
      if (options.dryRun || plan.problems.length > 0) return plan;
      await writeWork(step, payload, work);
      return { ...plan, written: true };
    }),
  );
}

async function planIngest(
  step: TransactionStep,
  payload: SourcePayload,
  dryRun: boolean,
): Promise<Work> {
  const sourceId = payload.source.id;
  const [existing] = (await step('sources/source-get', { id: sourceId })).rows;
  const problems: string[] = [];
  if (existing && existing.text !== payload.text) {
    problems.push(
      `the source id "${sourceId}" is already used by a different text: choose another id, or withdraw that source first`,
    );
  }
  const known = (await step('sources/known-entities')).rows;
  const [vocabulary] = (await step('sources/vocabulary')).rows;
  const resolver = new EntityResolver(known);
  const graphLabels = (vocabulary?.labels ?? []).filter((l) => !reservedLabels.has(l));
  const resolved = resolvePayload(payload, resolver, {
    labels: new Set([...knownLabels, ...graphLabels]),
    relationshipTypes: new Set(vocabulary?.types ?? []),
  });
  for (const entity of resolved.entities) {
    for (const label of entity.labels) {
      if (reservedLabels.has(label))
        problems.push(`entity "${entity.name}" cannot have the label ${label}`);
    }
  }

  const priorEntities = (existing?.entityIds ?? []).filter(
    (id) => !resolved.entities.some((entity) => entity.id === id),
  );
  const priorRelationships = (existing?.relationshipKeys ?? [])
    .map(keyOf)
    .filter((key) => !resolved.relationships.some((rel) => rel.id === key.id));
  const states = await factStates(
    step,
    [...resolved.entities.map((entity) => entity.id), ...priorEntities],
    [...resolved.relationships, ...priorRelationships],
  );
  const dates = await sourceDates(step);
  dates.set(sourceId, sourceDate(payload.source));

  const plan: IngestPlan = {
    source: { id: sourceId, title: payload.source.title, status: existing ? 'reread' : 'new' },
    created: { entities: [], relationships: [] },
    matched: resolved.matched,
    corroborated: { entities: [], relationships: [] },
    conflicts: [],
    ambiguities: resolved.ambiguities,
    withdrawn: { entities: [], relationships: [] },
    removed: { entities: [], relationships: [] },
    problems: [...problems, ...resolved.problems],
    dryRun,
    written: false,
  };
  const work: Work = {
    plan,
    entityRows: [],
    relationshipRows: [],
    deadRelationships: [],
    orphanCandidates: [],
  };

  for (const entity of resolved.entities) {
    const stored = states.entities.get(entity.id);
    const before = stored ? readFactState(stored.props) : emptyState;
    const next = withContribution(before, sourceId, entity.quotes, entity.properties);
    if (!stored) plan.created.entities.push({ id: entity.id, name: entity.name });
    else if (!sourcesOf(before).includes(sourceId)) plan.corroborated.entities.push(entity.id);
    plan.conflicts.push(...conflictsOf(entity.id, 'entity', next, sourceId));
    const aliases = [
      ...new Set([
        ...((stored?.props.aliases as string[] | undefined) ?? []),
        ...entity.newAliases,
      ]),
    ];
    const props = storedProperties(next, dates);
    work.entityRows.push({
      id: entity.id,
      labels: [...new Set([...(stored?.labels ?? []), ...entity.labels, 'Entity'])],
      props: {
        ...props,
        id: entity.id,
        name: (stored?.props.name as string | undefined) ?? entity.name,
        camp: props.camp ?? 'neutral',
        aliases: aliases.length > 0 ? aliases : null,
      },
    });
  }
  for (const rel of resolved.relationships) {
    const stored = states.relationships.get(rel.id);
    const before = stored ? readFactState(stored) : emptyState;
    const next = withContribution(before, sourceId, rel.quotes, rel.properties);
    if (!stored) plan.created.relationships.push(rel.id);
    else if (!sourcesOf(before).includes(sourceId)) plan.corroborated.relationships.push(rel.id);
    plan.conflicts.push(...conflictsOf(rel.id, 'relationship', next, sourceId));
    work.relationshipRows.push({ ...rel, props: { ...storedProperties(next, dates), id: rel.id } });
  }
  withdraw(work, states, sourceId, dates, priorEntities, priorRelationships, 'withdrawn');
  return work;
}

/**
 * Takes `sourceId`'s evidence off facts it no longer backs; relationships left with none are
 * deleted, entities left with none are deleted when nothing else needs them.
 */
function withdraw(
  work: Work,
  states: Awaited<ReturnType<typeof factStates>>,
  sourceId: string,
  dates: Map<string, string>,
  entityIds: string[],
  relationshipKeys: RelationshipKey[],
  listAs: 'withdrawn' | 'removed',
): void {
  for (const id of entityIds) {
    const stored = states.entities.get(id);
    if (!stored) continue;
    const next = withoutSource(readFactState(stored.props), sourceId);
    work.plan[listAs].entities.push(id);
    if (next.evidence.length === 0) work.orphanCandidates.push(id);
    const props = storedProperties(next, dates);
    work.entityRows.push({
      id,
      labels: [...stored.labels, 'Entity'],
      props: {
        ...props,
        id,
        name: stored.props.name as string,
        camp: props.camp ?? stored.props.camp ?? 'neutral',
        aliases: (stored.props.aliases as FlatValue | undefined) ?? null,
      },
    });
  }
  for (const key of relationshipKeys) {
    const stored = states.relationships.get(key.id);
    if (!stored) continue;
    const next = withoutSource(readFactState(stored), sourceId);
    work.plan[listAs].relationships.push(key.id);
    if (next.evidence.length === 0) work.deadRelationships.push(key);
    else
      work.relationshipRows.push({
        ...key,
        props: { ...storedProperties(next, dates), id: key.id },
      });
  }
}

async function writeWork(step: TransactionStep, payload: SourcePayload, work: Work): Promise<void> {
  const { source, text } = payload;
  await step('sources/upsert-source', {
    source: { ...source, date: sourceDate(source) },
    text,
    entityIds: work.entityRows
      .filter((row) => (row.props.sources as string[]).includes(source.id))
      .map((row) => row.id),
    relationshipKeys: work.relationshipRows
      .filter((row) => (row.props.sources as string[]).includes(source.id))
      .map(keyText),
  });
  await step('sources/upsert-entities', { rows: work.entityRows });
  await step('sources/upsert-relationships', { rows: work.relationshipRows });
  await step('sources/delete-relationships', { keys: work.deadRelationships });
  const { rows } = await step('sources/delete-orphans', { ids: work.orphanCandidates });
  // Loops, not push(...list): a source of a hundred thousand facts would overflow the stack.
  for (const id of rows[0]?.deleted ?? []) work.plan.removed.entities.push(id);
  for (const key of work.deadRelationships) work.plan.removed.relationships.push(key.id);
}

/**
 * Withdraws a source: facts only it backed disappear, facts others back lose just its evidence
 * and claims (so conflicts it caused end), and the source itself is deleted.
 */
export function retractSource(db: Database, sourceId: string): Promise<IngestPlan> {
  return oneAtATime(() =>
    db.transaction(async (step) => {
      const [existing] = (await step('sources/source-get', { id: sourceId })).rows;
      if (!existing) throw new AppError(404, 'not_found', `No source has the id "${sourceId}".`);
      const { entityIds } = existing;
      const relationshipKeys = existing.relationshipKeys.map(keyOf);
      const states = await factStates(step, entityIds, relationshipKeys);
      const dates = await sourceDates(step);
      dates.delete(sourceId);
      const work: Work = {
        plan: {
          source: { id: sourceId, title: existing.source.title, status: 'reread' },
          created: { entities: [], relationships: [] },
          matched: [],
          corroborated: { entities: [], relationships: [] },
          conflicts: [],
          ambiguities: [],
          withdrawn: { entities: [], relationships: [] },
          removed: { entities: [], relationships: [] },
          problems: [],
          dryRun: false,
          written: true,
        },
        entityRows: [],
        relationshipRows: [],
        deadRelationships: [],
        orphanCandidates: [],
      };
      withdraw(work, states, sourceId, dates, entityIds, relationshipKeys, 'withdrawn');
      await step('sources/upsert-entities', { rows: work.entityRows });
      await step('sources/upsert-relationships', { rows: work.relationshipRows });
      await step('sources/delete-relationships', { keys: work.deadRelationships });
      // Relationships first: an entity is an orphan only once the relationships it anchored are gone.
      const { rows } = await step('sources/delete-orphans', { ids: work.orphanCandidates });
      work.plan.removed = {
        entities: rows[0]?.deleted ?? [],
        relationships: work.deadRelationships.map((key) => key.id),
      };
      await step('sources/delete-source', { id: sourceId });
      return work.plan;
    }),
  );
}
