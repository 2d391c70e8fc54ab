import { LAYOUT_CHOICES, type LayoutId } from '../utils/layout-choices.ts';

interface LayoutSelectProps {
  value: LayoutId;
  onChange: (layout: LayoutId) => void;
}

/** The layout chooser; the graph animates to the chosen arrangement. */
export function LayoutSelect({ value, onChange }: LayoutSelectProps) {
  return (
    <label className="field">
      <span className="field__label">Layout</span>
      <select
        data-testid="layout-select"
        value={value}
        onChange={(event) => {
          const choice = LAYOUT_CHOICES.find((option) => option.id === event.target.value);
          if (choice) onChange(choice.id);
        }}
      >
        {LAYOUT_CHOICES.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
      <span className="field__hint">
        {LAYOUT_CHOICES.find((choice) => choice.id === value)?.hint}
      </span>
    </label>
  );
}
