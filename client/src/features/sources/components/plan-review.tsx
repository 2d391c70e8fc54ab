import type { IngestPlan } from '../utils/source-draft.ts';

interface PlanReviewProps {
  plan: IngestPlan;
  resolve: Record<string, string>;
  /** Settles a name: an existing entity's id, or "new". */
  onResolve: (name: string, choice: string) => void;
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Step 3: the dry-run plan, in the order an editor checks it, with names to settle. */
export function PlanReview({ plan, resolve, onResolve }: PlanReviewProps) {
  const corroborated = [...plan.corroborated.entities, ...plan.corroborated.relationships];
  return (
    <div className="plan-review" data-testid="plan-review">
      {plan.problems.length > 0 && (
        <section className="plan-review__problems" role="alert">
          <h3 className="section-title">Fix these first ({plan.problems.length})</h3>
          <ul>
            {plan.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      {plan.ambiguities.length > 0 && (
        <section>
          <h3 className="section-title">Names to settle ({plan.ambiguities.length})</h3>
          {plan.ambiguities.map((ambiguity) => (
            <label key={ambiguity.name} className="field">
              <span className="field__label">“{ambiguity.name}” is…</span>
              <select
                className="field__input"
                data-testid="settle-name"
                value={resolve[ambiguity.name] ?? ''}
                onChange={(event) => onResolve(ambiguity.name, event.target.value)}
              >
                <option value="" disabled>
                  Choose…
                </option>
                {ambiguity.candidates.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name} ({candidate.reason})
                  </option>
                ))}
                <option value="new">a new entity</option>
              </select>
            </label>
          ))}
        </section>
      )}
      <dl className="plan-review__summary">
        <dt>New entities</dt>
        <dd data-testid="plan-created">
          {plan.created.entities.map((e) => e.name).join(', ') || 'none'}
        </dd>
        <dt>Matched in the graph</dt>
        <dd data-testid="plan-matched">
          {plan.matched.map((m) => `${m.name} → ${m.id}`).join(', ') || 'none'}
        </dd>
        <dt>New relationships</dt>
        <dd>{plan.created.relationships.join(', ') || 'none'}</dd>
        <dt>Corroborated</dt>
        <dd data-testid="plan-corroborated">{corroborated.join(', ') || 'none'}</dd>
        <dt>Conflicts</dt>
        <dd data-testid="plan-conflicts">
          {plan.conflicts.length === 0
            ? 'none'
            : plan.conflicts.map((c) => (
                <span key={`${c.element}.${c.property}`} className="plan-review__conflict">
                  {c.element}.{c.property}:{' '}
                  {c.values.map((v) => `${shown(v.value)} (${v.source})`).join(' vs ')}
                </span>
              ))}
        </dd>
      </dl>
    </div>
  );
}
