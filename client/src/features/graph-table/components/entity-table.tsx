import type { CSSProperties } from 'react';
import { CAMP_INFO, campColors } from '../../../lib/camps.ts';
import type { Theme } from '../../../lib/theme.ts';
import { entityKey, type EntityColumn } from '../utils/row-sort.ts';
import type { EntityRow } from '../utils/table-rows.ts';
import { RowTable, type RowPick, type TableColumn } from './row-table.tsx';

interface EntityTableProps {
  rows: readonly EntityRow[];
  selected: readonly string[];
  theme: Theme;
  onPick: (pick: RowPick) => void;
}

function KindCell({ row }: { row: EntityRow }) {
  const style = { '--kind-color': row.kind.color, '--kind-ink': row.kind.ink } as CSSProperties;
  return (
    <span className="badge badge--kind" style={style}>
      <span className="dot" style={{ background: row.kind.color }} aria-hidden="true" />
      {row.kind.name}
    </span>
  );
}

function CampCell({ row, theme }: { row: EntityRow; theme: Theme }) {
  if (row.camp === null) return <span className="row-table__none">none</span>;
  const { tint, ink } = campColors(row.camp, theme);
  return (
    <span
      className="badge badge--camp"
      style={{ background: tint, color: ink, borderColor: ink }}
      title={CAMP_INFO[row.camp].meaning}
    >
      {CAMP_INFO[row.camp].name}
    </span>
  );
}

/** The drawn entities: name, kind with its colour, camp and how many drawn relationships. */
export function EntityTable({ rows, selected, theme, onPick }: EntityTableProps) {
  const columns: TableColumn<EntityRow, EntityColumn>[] = [
    { id: 'name', label: 'Name', cell: (row) => row.name, names: true },
    { id: 'kind', label: 'Kind', cell: (row) => <KindCell row={row} /> },
    { id: 'camp', label: 'Camp', cell: (row) => <CampCell row={row} theme={theme} /> },
    {
      id: 'connections',
      label: 'Connections',
      cell: (row) => row.connections.toLocaleString('en'),
      numeric: true,
    },
  ];
  return (
    <RowTable
      testId="entity-table"
      title="Entities"
      noun={['entity', 'entities']}
      rows={rows}
      columns={columns}
      firstSort={{ column: 'name', direction: 'ascending' }}
      keyOf={entityKey}
      selected={selected}
      onPick={onPick}
      empty="No entity is drawn."
    />
  );
}
