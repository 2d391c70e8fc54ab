import { KIND_STYLES, KINDS, UNKNOWN_KIND_STYLE } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { filterKindOf } from '../utils/visibility.ts';
import './selection-summary.css';

interface SelectionSummaryProps {
  /** Selected entities and relationships, by id; more than one. */
  ids: readonly string[];
  graph: GraphModel;
  expanding: boolean;
  onHide: () => void;
  onHideOthers: () => void;
  onExpandAll: () => void;
  onClose: () => void;
}

/** The details panel for a multiple selection: how many of each kind, and what to do with them. */
export function SelectionSummary(props: SelectionSummaryProps) {
  const { ids, graph } = props;
  const counts = new Map<string, number>();
  let relationships = 0;
  for (const id of ids) {
    const node = graph.nodes.get(id);
    if (node) counts.set(filterKindOf(node), (counts.get(filterKindOf(node)) ?? 0) + 1);
    else if (graph.edges.has(id)) relationships += 1;
  }
  const entities = ids.length - relationships;
  const kinds = [...KINDS, 'Other'].filter((kind) => counts.has(kind));
  return (
    <aside className="details-panel" data-testid="selection-summary" aria-label="Selection">
      <button
        type="button"
        className="icon-button details-panel__close"
        aria-label="Clear the selection"
        title="Clear the selection (Esc)"
        onClick={props.onClose}
      >
        ×
      </button>
      <header className="details-header">
        <h2 className="details-title" data-testid="selection-count">
          {entities} {entities === 1 ? 'entity' : 'entities'} selected
          {relationships > 0 && `, ${relationships} relationship${relationships === 1 ? '' : 's'}`}
        </h2>
        <p className="details-lead">Shift-click or Shift-drag to add more; Esc clears.</p>
        <div className="details-actions">
          <button
            type="button"
            className="button"
            data-testid="selection-hide"
            onClick={props.onHide}
          >
            Hide
          </button>
          <button
            type="button"
            className="button"
            data-testid="selection-hide-others"
            onClick={props.onHideOthers}
          >
            Hide others
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="selection-expand"
            disabled={props.expanding || entities === 0}
            onClick={props.onExpandAll}
          >
            {props.expanding ? 'Expanding…' : 'Expand all'}
          </button>
        </div>
      </header>
      <section className="details-section" aria-label="By kind">
        <h3 className="section-title">By kind</h3>
        <ul className="side-list">
          {kinds.map((kind) => {
            const style =
              kind === 'Other' ? UNKNOWN_KIND_STYLE : KIND_STYLES[kind as keyof typeof KIND_STYLES];
            return (
              <li key={kind} className="side-list__row" data-testid={`selection-kind-${kind}`}>
                <span className="dot" style={{ background: style.color }} aria-hidden="true" />
                <span className="selection-kinds__name">{style.name}</span>
                <span className="legend__count">{counts.get(kind)}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </aside>
  );
}
