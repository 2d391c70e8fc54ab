import { CAMP_INFO, CAMPS } from '../../../lib/camps.ts';
import { KIND_STYLES, KINDS, kindOf, UNKNOWN_KIND_STYLE } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { KindShapeIcon } from './kind-shape.tsx';

/** Where each camp sits in the Camps layout, for the legend. */
const CAMP_PLACE = {
  llm: 'left',
  both: 'between, dashed',
  'world-model': 'right',
  neutral: 'below',
} as const;

function kindCounts(graph: GraphModel): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of graph.nodes.values()) {
    const kind = kindOf(node.labels) ?? 'Other';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/** What the colours, shapes and regions mean, with how many of each kind are on the canvas. */
export function GraphLegend({ graph }: { graph: GraphModel }) {
  const counts = kindCounts(graph);
  const other = counts.get('Other') ?? 0;
  return (
    <section className="legend" data-testid="legend" aria-label="Legend">
      <h2 className="section-title">Kinds</h2>
      <ul className="legend__kinds">
        {KINDS.map((kind) => {
          const style = KIND_STYLES[kind];
          return (
            <li key={kind} className="legend__kind">
              <KindShapeIcon shape={style.shape} color={style.color} ink={style.ink} />
              <span className="legend__name">
                {style.name}
                {kind === 'Investor' && <span className="legend__hint">companies that invest</span>}
              </span>
              <span className="legend__count">{counts.get(kind) ?? 0}</span>
            </li>
          );
        })}
        {other > 0 && (
          <li className="legend__kind">
            <KindShapeIcon
              shape={UNKNOWN_KIND_STYLE.shape}
              color={UNKNOWN_KIND_STYLE.color}
              ink={UNKNOWN_KIND_STYLE.ink}
            />
            <span className="legend__name">Other</span>
            <span className="legend__count">{other}</span>
          </li>
        )}
      </ul>
      <h2 className="section-title">Camps</h2>
      <ul className="legend__camps">
        {CAMPS.map((camp) => {
          const info = CAMP_INFO[camp];
          return (
            <li key={camp} className="legend__camp">
              <span
                className={`camp-swatch camp-swatch--${camp}`}
                style={{ background: info.tint, borderColor: info.ink }}
                aria-hidden="true"
              />
              <span>
                <strong style={{ color: info.ink }}>{info.name}</strong>{' '}
                <span className="legend__place">({CAMP_PLACE[camp]})</span>
                <span className="legend__meaning">{info.meaning}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
