import { useMemo, useRef } from 'react';
import type { ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Theme } from '../../../lib/theme.ts';
import { useRevealSelected } from '../hooks/use-reveal-selected.ts';
import { graphTableRows, type DrawnIds } from '../utils/table-rows.ts';
import { EntityTable } from './entity-table.tsx';
import { NothingDrawn } from './nothing-drawn.tsx';
import { RelationshipTable } from './relationship-table.tsx';
import type { RowPick } from './row-table.tsx';
import './graph-table.css';

interface GraphTableProps {
  graph: GraphModel;
  /** What the canvas draws: the same verdict of the filters and the timeline it is given. */
  drawn: DrawnIds;
  sources: ReadonlyMap<string, ApiSource>;
  selected: readonly string[];
  theme: Theme;
  /** The timeline hides facts dated after some moment. */
  timeCut: boolean;
  /** Picks as a click on the canvas does. */
  onPick: (pick: RowPick) => void;
  onShowAll: () => void;
  onAllTime: () => void;
}

/**
 * The graph's twin for reading rather than looking: what it draws, as an Entities and a
 * Relationships table, over the canvas (which stays as it is underneath, to come back to).
 */
export function GraphTable(props: GraphTableProps) {
  const { graph, drawn, sources, selected, theme, onPick } = props;
  const rows = useMemo(() => graphTableRows(graph, drawn, sources), [graph, drawn, sources]);
  const body = useRef<HTMLDivElement>(null);
  useRevealSelected(body, selected);
  const { entities, relationships } = rows;

  return (
    <section className="graph-table" data-testid="graph-table" aria-label="The graph as tables">
      {/* Filters change the rows from elsewhere (the legend, the timeline): say what is left. */}
      <p className="visually-hidden" role="status">
        {entities.length.toLocaleString('en')} {entities.length === 1 ? 'entity' : 'entities'} and{' '}
        {relationships.length.toLocaleString('en')}{' '}
        {relationships.length === 1 ? 'relationship' : 'relationships'} drawn.
      </p>
      <div className="graph-table__body" ref={body}>
        {entities.length === 0 ? (
          <NothingDrawn
            loaded={graph.nodes.size > 0}
            timeCut={props.timeCut}
            onShowAll={props.onShowAll}
            onAllTime={props.onAllTime}
          />
        ) : (
          <>
            <EntityTable rows={entities} selected={selected} theme={theme} onPick={onPick} />
            <RelationshipTable rows={relationships} selected={selected} onPick={onPick} />
          </>
        )}
      </div>
    </section>
  );
}
