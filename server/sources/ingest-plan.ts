import type { Ambiguity, MatchedName } from './resolve-payload.ts';

/** A property two or more sources give different values, as the plan and /api/conflicts show it. */
export interface Conflict {
  element: string;
  kind: 'entity' | 'relationship';
  property: string;
  values: { value: unknown; source: string; quote: string }[];
}

/** What ingesting a source does (or, for a dry run, would do). */
export interface IngestPlan {
  source: { id: string; title: string; status: 'new' | 'reread' };
  created: { entities: { id: string; name: string }[]; relationships: string[] };
  matched: MatchedName[];
  /** Facts the graph had that this source now backs too. */
  corroborated: { entities: string[]; relationships: string[] };
  /** Properties on which this source and another disagree. */
  conflicts: Conflict[];
  /** Names that may or may not be an existing entity: settle each in "resolve". */
  ambiguities: Ambiguity[];
  /** A source read again no longer backs these facts (they lose its evidence). */
  withdrawn: { entities: string[]; relationships: string[] };
  /** Facts removed because no source backs them any more. */
  removed: { entities: string[]; relationships: string[] };
  problems: string[];
  dryRun: boolean;
  written: boolean;
}

/** The plan as a person reads it in a terminal. */
export function describePlan(plan: IngestPlan): string {
  const lines: string[] = [];
  const list = (items: string[], max = 12) =>
    items.length <= max
      ? items.join(', ')
      : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  lines.push(
    `Source ${plan.source.id} ("${plan.source.title}"): ${plan.source.status === 'new' ? 'new' : 'read again'}${plan.dryRun ? ' (dry run: nothing written)' : plan.written ? ', written' : ', not written'}.`,
  );
  if (plan.problems.length > 0) {
    lines.push(`${plan.problems.length} problem(s), nothing can be written:`);
    for (const problem of plan.problems) lines.push(`  - ${problem}`);
  }
  if (plan.ambiguities.length > 0) {
    lines.push(`${plan.ambiguities.length} name(s) to settle (in "resolve": an id or "new"):`);
    for (const ambiguity of plan.ambiguities) {
      const options = ambiguity.candidates.map((c) => `${c.id} (${c.name}: ${c.reason})`);
      lines.push(`  - "${ambiguity.name}": ${options.join('; ')}`);
    }
  }
  const created = plan.created.entities.map((entity) => `${entity.name} [${entity.id}]`);
  lines.push(`New entities (${created.length}): ${list(created) || 'none'}`);
  const matched = plan.matched.map((m) => `${m.name} → ${m.id} (by ${m.by})`);
  lines.push(`Matched to the graph (${matched.length}): ${list(matched) || 'none'}`);
  lines.push(
    `New relationships (${plan.created.relationships.length}): ${list(plan.created.relationships) || 'none'}`,
  );
  const corroborated = [...plan.corroborated.entities, ...plan.corroborated.relationships];
  lines.push(`Corroborated facts (${corroborated.length}): ${list(corroborated) || 'none'}`);
  lines.push(`Conflicts (${plan.conflicts.length})${plan.conflicts.length > 0 ? ':' : ''}`);
  for (const conflict of plan.conflicts) {
    const values = conflict.values.map((v) => `${JSON.stringify(v.value)} (${v.source})`);
    lines.push(`  - ${conflict.element}.${conflict.property}: ${values.join(' vs ')}`);
  }
  const withdrawn = [...plan.withdrawn.entities, ...plan.withdrawn.relationships];
  if (withdrawn.length > 0) lines.push(`No longer backed by it: ${list(withdrawn)}`);
  const removed = [...plan.removed.entities, ...plan.removed.relationships];
  if (removed.length > 0) lines.push(`Removed (no source left): ${list(removed)}`);
  return lines.join('\n');
}
