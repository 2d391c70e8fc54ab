import { useId, useState } from 'react';

interface AmountFilterProps {
  /** The range shown, open ends as ±Infinity; undefined when not filtering. */
  range: [number, number] | undefined;
  onChange: (range: [number, number] | undefined) => void;
}

function boundText(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/** Text as a bound: empty is open; anything not a number is ignored (undefined). */
function parseBound(text: string, open: number): number | undefined {
  if (text.trim() === '') return open;
  const value = Number(text.replace(/[\s,_]/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

interface BoundFieldProps {
  label: string;
  testId: string;
  /** The note that explains the amounts, read with the field. */
  noteId: string;
  value: string;
  onChange: (text: string) => void;
}

/** One end of the range, as typed: empty means open. */
function BoundField({ label, testId, noteId, value, onChange }: BoundFieldProps) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        data-testid={testId}
        inputMode="numeric"
        placeholder="any"
        aria-describedby={noteId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/**
 * Minimum and maximum amount for funding rounds; entities without an amount are not affected.
 * Amounts stay in their own currencies, as the article gives them, and are compared as numbers.
 */
export function AmountFilter({ range, onChange }: AmountFilterProps) {
  const [min, setMin] = useState(() => boundText(range?.[0]));
  const [max, setMax] = useState(() => boundText(range?.[1]));
  const [shownRange, setShownRange] = useState(range);
  const noteId = useId();
  // Undo, redo or "Show all" changed the range: the fields follow.
  if (shownRange !== range) {
    setShownRange(range);
    setMin(boundText(range?.[0]));
    setMax(boundText(range?.[1]));
  }

  const commit = (nextMin: string, nextMax: string) => {
    const low = parseBound(nextMin, -Infinity);
    const high = parseBound(nextMax, Infinity);
    if (low === undefined || high === undefined) return;
    const next: [number, number] | undefined =
      low === -Infinity && high === Infinity ? undefined : [low, high];
    setShownRange(next);
    onChange(next);
  };
  const editMin = (text: string) => {
    setMin(text);
    commit(text, max);
  };
  const editMax = (text: string) => {
    setMax(text);
    commit(min, text);
  };

  return (
    <section className="legend amount-filter" aria-label="Funding amount">
      <h2 className="section-title">Funding amount</h2>
      <div className="amount-filter__fields">
        <BoundField
          label="Min"
          testId="amount-min"
          noteId={noteId}
          value={min}
          onChange={editMin}
        />
        <BoundField
          label="Max"
          testId="amount-max"
          noteId={noteId}
          value={max}
          onChange={editMax}
        />
      </div>
      <p className="field__hint" id={noteId}>
        Rounds only. Amounts are in their own currencies (yuan, euros…), not converted: 600000000
        yuan and 600000000 euros count the same here.
      </p>
    </section>
  );
}
