import type { ParamType, ViewParamPayload } from '../../../lib/api-types.ts';

/** A parameter declaration as the save dialog edits it: every field as typed. */
export interface DeclarationDraft {
  name: string;
  type: ParamType;
  default: string;
  description: string;
  /** For `choice`: the allowed values, comma-separated. */
  choices: string;
  /** For numbers: bounds, blank for none. */
  min: string;
  max: string;
}

/** The types a parameter can be declared as, with how the dialog names them. */
export const PARAM_TYPES: readonly { type: ParamType; label: string }[] = [
  { type: 'string', label: 'Text' },
  { type: 'entity', label: 'Entity (picked by name)' },
  { type: 'integer', label: 'Whole number' },
  { type: 'float', label: 'Number' },
  { type: 'boolean', label: 'Yes / no' },
  { type: 'choice', label: 'One of a list' },
];

/** A declaration in the dialog's editable form. */
export function toDraft(param: ViewParamPayload): DeclarationDraft {
  return {
    name: param.name,
    type: param.type,
    default: String(param.default),
    description: param.description,
    choices: param.choices?.join(', ') ?? '',
    min: param.min === undefined ? '' : String(param.min),
    max: param.max === undefined ? '' : String(param.max),
  };
}

function numberOrText(text: string): number | string {
  const number = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(number) ? number : text;
}

function bound(text: string): number | undefined {
  const number = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The declaration to send: the default typed by the declared type (a number that does not parse
 * is sent as typed, for the server to name), choices and bounds only where they apply.
 */
export function fromDraft(draft: DeclarationDraft): ViewParamPayload {
  const param: ViewParamPayload = {
    name: draft.name,
    type: draft.type,
    default: draft.default,
    description: draft.description.trim(),
  };
  if (draft.type === 'integer' || draft.type === 'float') {
    param.default = numberOrText(draft.default);
    const min = bound(draft.min);
    const max = bound(draft.max);
    if (min !== undefined) param.min = min;
    if (max !== undefined) param.max = max;
  } else if (draft.type === 'boolean') {
    param.default = draft.default === 'true';
  } else if (draft.type === 'choice') {
    param.choices = draft.choices
      .split(',')
      .map((choice) => choice.trim())
      .filter((choice) => choice !== '');
  }
  return param;
}
