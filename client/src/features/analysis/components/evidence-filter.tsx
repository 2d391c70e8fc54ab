import { useId, useMemo } from 'react';
import type { ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { evidenceSummary } from '../utils/evidence-summary.ts';

export interface EvidenceFilterProps {
  graph: GraphModel;
  sources: ReadonlyMap<string, ApiSource>;
  minSources: number;
  knownOn: string | undefined;
  onMinSources: (least: number | undefined) => void;
  onKnownOn: (date: string | undefined) => void;
  /** Lights up the facts sources disagree on (the same spotlight a sentence uses). */
  onShowDisputed: (ids: string[]) => void;
}

/**
 * Filters by evidence: only facts backed by at least N independent sources, the graph as it was
 * known on a source's date (replaying it source by source), and the facts sources disagree on.
 */
export function EvidenceFilter(props: EvidenceFilterProps) {
  const { graph, sources, minSources, knownOn } = props;
  const leastId = useId();
  const knownId = useId();
  // Every fact on the canvas: worth doing once per graph, not on every render.
  const { mostSources: most, disputed } = useMemo(() => evidenceSummary(graph), [graph]);
  const dates = [...sources.values()].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="legend evidence-filter" aria-label="Evidence">
      <h2 className="section-title">Evidence</h2>
      <label className="field" htmlFor={leastId}>
        <span className="field__label">Backed by at least</span>
        <select
          id={leastId}
          data-testid="min-sources"
          value={minSources}
          onChange={(event) => {
            const least = Number(event.target.value);
            props.onMinSources(least > 1 ? least : undefined);
          }}
        >
          {Array.from({ length: Math.max(most, minSources, 2) }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n === 1 ? '1 source (every fact)' : `${n} sources`}
            </option>
          ))}
        </select>
      </label>
      {dates.length > 1 && (
        <label className="field" htmlFor={knownId}>
          <span className="field__label">As known on</span>
          <select
            id={knownId}
            data-testid="known-on"
            value={knownOn ?? ''}
            onChange={(event) => props.onKnownOn(event.target.value || undefined)}
          >
            <option value="">Today (every source)</option>
            {dates.map((source) => (
              <option key={source.id} value={source.date}>
                {source.date} · {source.publisher}
              </option>
            ))}
          </select>
        </label>
      )}
      {disputed.length === 0 ? (
        <p className="field__hint">No fact on the canvas is disputed between sources.</p>
      ) : (
        <button
          type="button"
          className="button button--small evidence-filter__disputed"
          data-testid="show-disputed"
          onClick={() => props.onShowDisputed(disputed)}
        >
          Show {disputed.length} disputed {disputed.length === 1 ? 'fact' : 'facts'}
        </button>
      )}
    </section>
  );
}
