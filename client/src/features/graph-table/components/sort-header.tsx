import type { RowSort } from '../utils/row-sort.ts';

interface SortHeaderProps<Column extends string> {
  column: Column;
  label: string;
  sort: RowSort<Column>;
  onSort: (column: Column) => void;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

/** A column header that sorts its table when pressed (again to reverse), saying which way. */
export function SortHeader<Column extends string>(props: SortHeaderProps<Column>) {
  const { column, label, sort, numeric } = props;
  const direction = sort.column === column ? sort.direction : null;
  return (
    <th
      scope="col"
      aria-sort={direction ?? undefined}
      className={numeric ? 'data-table__numeric' : undefined}
    >
      <button
        type="button"
        className="data-table__sort"
        data-testid={`sort-${column}`}
        title={`Sort by ${label.toLowerCase()}`}
        onClick={() => props.onSort(column)}
      >
        {label}
        <span className={`sort-mark sort-mark--${direction ?? 'none'}`} aria-hidden="true" />
      </button>
    </th>
  );
}
