import { useMemo } from 'react';
import type { Camp } from '../../../lib/api-types.ts';
import { CAMP_INFO, CAMPS, campColors, campOf } from '../../../lib/camps.ts';
import { KIND_STYLES, KINDS, kindOf, UNKNOWN_KIND_STYLE } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Theme } from '../../../lib/theme.ts';
import type { CanvasVisibility } from '../utils/visibility-classes.ts';
import { KindShapeIcon } from './kind-shape.tsx';
import './graph-legend.css';

/** Where each camp sits in the Camps layout, for the legend. */
const CAMP_PLACE = {
  llm: 'left',
  both: 'between, dashed',
  'world-model': 'right',
  neutral: 'below',
} as const;

interface Tally {
  shown: number;
  total: number;
}

function tallies<K>(
  graph: GraphModel,
  visible: CanvasVisibility,
  keyOf: (labels: string[], camp: unknown) => K,
) {
  const counts = new Map<K, Tally>();
  for (const node of graph.nodes.values()) {
    const key = keyOf(node.labels, node.properties.camp);
    const tally = counts.get(key) ?? { shown: 0, total: 0 };
    tally.total += 1;
    if (visible.nodes.has(node.id)) tally.shown += 1;
    counts.set(key, tally);
  }
  return counts;
}

interface GraphLegendProps {
  graph: GraphModel;
  /**
   * Counts of a database summarised rather than drawn (by kind and camp); when given they are
   * shown instead of the canvas's own.
   */
  totals?: { kinds: ReadonlyMap<string, number>; camps: ReadonlyMap<string, number> } | null;
  visible: CanvasVisibility;
  hiddenKinds: readonly string[];
  /** Camps shown; empty means all. */
  camps: readonly string[];
  theme: Theme;
  onToggleKind: (kind: string) => void;
  onToggleCamp: (camp: Camp) => void;
}

/** A count as `shown/total`, or just the total when everything shows. */
function Count({ tally }: { tally: Tally | undefined }) {
  const { shown, total } = tally ?? { shown: 0, total: 0 };
  return (
    <span className="legend__count" aria-label={`${shown} of ${total} shown`}>
      {shown === total ? total : `${shown}/${total}`}
    </span>
  );
}

/**
 * What the colors, shapes and regions mean, with how many of each kind and camp are shown out
 * of how many are on the canvas; each entry is a toggle that hides or shows its members.
 */
export function GraphLegend(props: GraphLegendProps) {
  const { graph, visible, theme, totals } = props;
  const asTally = (count: number | undefined): Tally => ({ shown: count ?? 0, total: count ?? 0 });
  // Counting thousands of entities on every render (a click, a hover) adds up: once per change.
  const counted = useMemo(
    () => ({
      kinds: tallies<string>(graph, visible, (labels) => kindOf(labels) ?? 'Other'),
      camps: tallies(graph, visible, (_labels, camp) => campOf(camp)),
    }),
    [graph, visible],
  );
  const kinds = totals
    ? new Map([...KINDS, 'Other'].map((kind) => [kind, asTally(totals.kinds.get(kind))]))
    : new Map(counted.kinds);
  const camps = totals
    ? new Map(CAMPS.map((camp) => [camp, asTally(totals.camps.get(camp))] as const))
    : counted.camps;
  if (totals && !totals.kinds.has('Other')) kinds.delete('Other');
  const hiddenKinds = new Set(props.hiddenKinds);
  const shownCamps = new Set(props.camps.length === 0 ? CAMPS : props.camps);
  const kindEntries = [
    ...KINDS.map((kind) => ({ kind, style: KIND_STYLES[kind] })),
    ...(kinds.has('Other') ? [{ kind: 'Other', style: UNKNOWN_KIND_STYLE }] : []),
  ];
  return (
    <section className="legend" data-testid="legend" aria-label="Legend and filters">
      <h2 className="section-title">Kinds</h2>
      <ul className="legend__kinds">
        {kindEntries.map(({ kind, style }) => {
          const shown = !hiddenKinds.has(kind);
          return (
            <li key={kind}>
              <button
                type="button"
                className="legend__kind legend__toggle"
                data-testid={`filter-kind-${kind}`}
                aria-pressed={shown}
                title={shown ? `Hide every ${style.name}` : `Show every ${style.name}`}
                onClick={() => props.onToggleKind(kind)}
              >
                <KindShapeIcon shape={style.shape} color={style.color} ink={style.ink} />
                <span className="legend__name">
                  {style.name}
                  {kind === 'Investor' && (
                    <span className="legend__hint">companies that invest</span>
                  )}
                </span>
                <Count tally={kinds.get(kind)} />
              </button>
            </li>
          );
        })}
      </ul>
      <h2 className="section-title">Camps</h2>
      <ul className="legend__camps">
        {CAMPS.map((camp) => {
          const info = CAMP_INFO[camp];
          const colors = campColors(camp, theme);
          const shown = shownCamps.has(camp);
          return (
            <li key={camp}>
              <button
                type="button"
                className="legend__camp legend__toggle"
                data-testid={`filter-camp-${camp}`}
                aria-pressed={shown}
                title={shown ? `Hide the ${info.name}` : `Show the ${info.name}`}
                onClick={() => props.onToggleCamp(camp)}
              >
                <span
                  className={`camp-swatch camp-swatch--${camp}`}
                  style={{ background: colors.tint, borderColor: colors.ink }}
                  aria-hidden="true"
                />
                <span className="legend__name">
                  <span>
                    <strong style={{ color: colors.ink }}>{info.name}</strong>{' '}
                    <span className="legend__place">({CAMP_PLACE[camp]})</span>
                  </span>
                  <span className="legend__meaning">{info.meaning}</span>
                </span>
                <Count tally={camps.get(camp)} />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
