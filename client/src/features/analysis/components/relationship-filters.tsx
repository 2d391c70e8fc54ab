import { useMemo } from 'react';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { VisibleSet } from '../utils/visibility.ts';

interface RelationshipFiltersProps {
  graph: GraphModel;
  visible: VisibleSet;
  hiddenTypes: readonly string[];
  onToggle: (type: string) => void;
}

/** Every relationship type on the canvas, with how many are shown, each a show/hide toggle. */
export function RelationshipFilters({
  graph,
  visible,
  hiddenTypes,
  onToggle,
}: RelationshipFiltersProps) {
  const counts = useMemo(() => {
    const byType = new Map<string, { shown: number; total: number }>();
    for (const edge of graph.edges.values()) {
      const tally = byType.get(edge.type) ?? { shown: 0, total: 0 };
      tally.total += 1;
      if (visible.edges.has(edge.id)) tally.shown += 1;
      byType.set(edge.type, tally);
    }
    return byType;
  }, [graph, visible]);
  if (counts.size === 0) return null;
  const hidden = new Set(hiddenTypes);
  return (
    <section className="legend" aria-label="Relationship types">
      <h2 className="section-title">Relationships</h2>
      <ul className="legend__types">
        {[...counts]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([type, { shown, total }]) => (
            <li key={type}>
              <button
                type="button"
                className="legend__type legend__toggle"
                data-testid={`filter-type-${type}`}
                aria-pressed={!hidden.has(type)}
                title={
                  hidden.has(type) ? `Show ${type} relationships` : `Hide ${type} relationships`
                }
                onClick={() => onToggle(type)}
              >
                <span className="legend__line" aria-hidden="true" />
                <code className="legend__type-name">{type}</code>
                <span className="legend__count" aria-label={`${shown} of ${total} shown`}>
                  {shown === total ? total : `${shown}/${total}`}
                </span>
              </button>
            </li>
          ))}
      </ul>
    </section>
  );
}
