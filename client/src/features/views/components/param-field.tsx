import { useId } from 'react';
import type { ViewParamPayload } from '../../../lib/api-types.ts';
import { EntityPicker } from '../../../shared/entity-picker.tsx';
import type { FormValue } from '../utils/param-values.ts';

interface ParamFieldProps {
  param: ViewParamPayload;
  value: FormValue;
  onChange: (value: FormValue) => void;
  /** The server's message about this parameter, shown under it. */
  error: string | null;
}

function rangeHint(param: ViewParamPayload): string {
  if (param.min !== undefined && param.max !== undefined) return `${param.min}–${param.max}`;
  if (param.min !== undefined) return `at least ${param.min}`;
  if (param.max !== undefined) return `at most ${param.max}`;
  return '';
}

/** One declared parameter as the input its type calls for, with its description and error. */
export function ParamField({ param, value, onChange, error }: ParamFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const testId = `view-param-${param.name}`;
  const text = typeof value === 'string' ? value : String(value);
  const invalid = error !== null;
  const range = rangeHint(param);
  const describedBy = invalid || range !== '' ? noteId : undefined;
  const common = {
    id,
    'data-testid': testId,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };

  let input;
  switch (param.type) {
    case 'boolean':
      input = (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      );
      break;
    case 'choice':
      input = (
        <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
          {(param.choices ?? []).map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      );
      break;
    case 'integer':
    case 'float':
      input = (
        <input
          {...common}
          className="input"
          type="number"
          inputMode={param.type === 'integer' ? 'numeric' : 'decimal'}
          step={param.type === 'integer' ? 1 : 'any'}
          min={param.min}
          max={param.max}
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      );
      break;
    case 'entity':
      input = (
        <EntityPicker
          id={id}
          testId={testId}
          value={text}
          invalid={invalid}
          describedBy={describedBy}
          onChange={onChange}
        />
      );
      break;
    case 'string':
      input = (
        <input
          {...common}
          className="input"
          type="text"
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }

  const label = (
    <span className="param-field__label">
      {param.description || param.name} <code>${param.name}</code>
    </span>
  );
  return (
    <div className={`param-field param-field--${param.type}`}>
      {param.type === 'boolean' ? (
        <label className="param-field__check" htmlFor={id}>
          {input}
          {label}
        </label>
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          {input}
        </>
      )}
      {error ? (
        <p id={noteId} className="field__error" data-testid="view-error" role="alert">
          {error}
        </p>
      ) : (
        range && (
          <p id={noteId} className="field__hint">
            {range}
          </p>
        )
      )}
    </div>
  );
}
