import type { GraphModel } from '../../../lib/graph-model.ts';
import { MAX_NEIGHBORS, type Direction } from '../api/get-neighbors-by-intent.ts';
import type { IntentExpansion } from '../hooks/use-intent-expansion.ts';
import { expansionSummary, neighborsOf } from '../utils/relationship-summary.ts';

/** Caps offered per step; the last is everything. */
const CAPS = [5, 10, 25, MAX_NEIGHBORS];

const ARROWS: Record<Direction, string> = { out: '→', in: '←', both: '↔' };

interface ExpandOptionsProps {
  expansion: IntentExpansion;
  graph: GraphModel;
}

/**
 * "Expand…": pick a direction and how many, then a relationship type (or all of them); the
 * most significant neighbours come first, and "show more" brings the next ones.
 */
export function ExpandOptions({ expansion, graph }: ExpandOptionsProps) {
  const { summary, direction, cap, pending, error, last } = expansion;
  const all = summary ? new Set(summary.flatMap((entry) => neighborsOf(entry, direction))) : null;
  return (
    <section
      className="expand-options"
      data-testid="expand-options"
      aria-label="Expand by relationship"
    >
      <div className="expand-options__controls">
        <label className="expand-options__control">
          <span className="field__label">Direction</span>
          <select
            data-testid="expand-direction"
            value={direction}
            onChange={(event) => expansion.setDirection(event.target.value as Direction)}
          >
            <option value="both">Both ways ↔</option>
            <option value="out">Outgoing →</option>
            <option value="in">Incoming ←</option>
          </select>
        </label>
        <label className="expand-options__control">
          <span className="field__label">At most</span>
          <select
            data-testid="expand-limit"
            value={cap}
            onChange={(event) => expansion.setCap(Number(event.target.value))}
          >
            {CAPS.map((value) => (
              <option key={value} value={value}>
                {value === MAX_NEIGHBORS ? 'All' : `${value} neighbours`}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!summary && !error && (
        <p className="muted expand-options__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading relationship types…
        </p>
      )}
      {summary && (
        <ul className="list-stack" aria-label="Relationship types, most neighbours first">
          {summary.map((entry) => {
            const neighbors = neighborsOf(entry, direction);
            const hidden = neighbors.filter((id) => !graph.nodes.has(id)).length;
            return (
              <li key={entry.type}>
                <button
                  type="button"
                  className="expand-type"
                  data-testid={`expand-type-${entry.type}`}
                  disabled={pending || neighbors.length === 0}
                  title={`Bring in ${entry.type} neighbours (${direction === 'both' ? 'both ways' : direction === 'out' ? 'outgoing' : 'incoming'})`}
                  onClick={() => void expansion.expand([entry.type])}
                >
                  <code className="expand-type__name">{entry.type}</code>
                  <span className="expand-type__count">
                    {ARROWS[direction]} {neighbors.length}
                  </span>
                  <span className="expand-type__new">
                    {neighbors.length === 0
                      ? ''
                      : hidden === 0
                        ? 'all shown'
                        : `${hidden} not shown`}
                  </span>
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              className="expand-type expand-type--all"
              data-testid="expand-type-all"
              disabled={pending || all?.size === 0}
              onClick={() => void expansion.expand([])}
            >
              <span className="expand-type__name">Every type</span>
              <span className="expand-type__count">
                {ARROWS[direction]} {all?.size ?? 0}
              </span>
            </button>
          </li>
        </ul>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {last && (
        <p className="expand-options__result" data-testid="expand-status" role="status">
          {expansionSummary(last.shown, last.total, last.types, last.direction)}
          {last.shown < last.total && (
            <button
              type="button"
              className="button button--small"
              data-testid="expand-more"
              disabled={pending}
              onClick={() => void expansion.more()}
            >
              Show {Math.min(cap, last.total - last.shown)} more
            </button>
          )}
        </p>
      )}
    </section>
  );
}
