import type { DraftEntity } from '../utils/source-draft.ts';

interface DraftEntitySelectProps {
  /** Names the select for screen readers, and, with an ellipsis, its empty choice. */
  label: string;
  testId: string;
  entities: DraftEntity[];
  /** The chosen entity's id, or its name when it is new; empty for none. */
  value: string;
  onChange: (value: string) => void;
}

/** One end of a relationship: an entity of the draft, by id (or by name when it is new). */
export function DraftEntitySelect({
  label,
  testId,
  entities,
  value,
  onChange,
}: DraftEntitySelectProps) {
  return (
    <select
      className="field__input"
      aria-label={label}
      data-testid={testId}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{label}…</option>
      {entities.map((e) => (
        <option key={e.name} value={e.id ?? e.name}>
          {e.name}
        </option>
      ))}
    </select>
  );
}
