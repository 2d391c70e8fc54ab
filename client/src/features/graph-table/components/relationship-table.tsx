import { relationshipKey, type RelationshipColumn } from '../utils/row-sort.ts';
import type { RelationshipRow } from '../utils/table-rows.ts';
import { EvidenceCell } from './evidence-cell.tsx';
import { RowTable, type RowPick, type TableColumn } from './row-table.tsx';

interface RelationshipTableProps {
  rows: readonly RelationshipRow[];
  selected: readonly string[];
  onPick: (pick: RowPick) => void;
}

const COLUMNS: TableColumn<RelationshipRow, RelationshipColumn>[] = [
  { id: 'from', label: 'From', cell: (row) => row.from.name },
  {
    id: 'type',
    label: 'Type',
    cell: (row) => <span className="badge badge--relationship">{row.type}</span>,
    names: true,
  },
  { id: 'to', label: 'To', cell: (row) => row.to.name },
  { id: 'evidence', label: 'Evidence', cell: (row) => <EvidenceCell row={row} /> },
];

/** The drawn relationships: both ends, the type, and the sentence each rests on with its source. */
export function RelationshipTable({ rows, selected, onPick }: RelationshipTableProps) {
  return (
    <RowTable
      testId="relationship-table"
      title="Relationships"
      noun={['relationship', 'relationships']}
      rows={rows}
      columns={COLUMNS}
      firstSort={{ column: 'from', direction: 'ascending' }}
      keyOf={relationshipKey}
      selected={selected}
      onPick={onPick}
      // The button shows the type; out of its row, a screen reader also needs the two ends.
      describe={(row) => `, from ${row.from.name} to ${row.to.name}`}
      empty="No relationship is drawn between these entities."
    />
  );
}
