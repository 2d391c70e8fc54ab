import type { ViewParamPayload } from '../../../lib/api-types.ts';

/** What a form field holds: text for most types, a tick for booleans. */
export type FormValue = string | boolean;

/** A view's form, by parameter name. */
export type FormValues = Record<string, FormValue>;

/** Parameter values as POST /api/views/:id/run takes them. */
export type RunParams = Record<string, string | number | boolean>;

/**
 * The form's starting values: `given` ones (from a link) where present, else the defaults.
 * Booleans become ticks; everything else text, as the inputs hold it.
 */
export function initialFormValues(
  declared: readonly ViewParamPayload[],
  given: Readonly<Record<string, string>> = {},
): FormValues {
  const values: FormValues = {};
  for (const param of declared) {
    const raw = given[param.name];
    if (param.type === 'boolean') {
      values[param.name] = raw === undefined ? param.default === true : raw === 'true';
    } else {
      values[param.name] = raw ?? String(param.default);
    }
  }
  return values;
}

/**
 * The form's values typed for the server. Numbers that do not parse are sent as typed, so the
 * server's message ("Parameter "depth" must be a number.") names the field.
 */
export function toRunParams(declared: readonly ViewParamPayload[], values: FormValues): RunParams {
  const params: RunParams = {};
  for (const param of declared) {
    const value = values[param.name];
    if (value === undefined) continue;
    if (typeof value === 'boolean') {
      params[param.name] = value;
    } else if (param.type === 'integer' || param.type === 'float') {
      const number = value.trim() === '' ? NaN : Number(value);
      params[param.name] = Number.isFinite(number) ? number : value;
    } else {
      params[param.name] = value;
    }
  }
  return params;
}

/** The parameter a server message is about (`Parameter "depth" must be…`), if it names one. */
export function paramNamedIn(message: string): string | null {
  return /^Parameter "([^"]+)"/.exec(message)?.[1] ?? null;
}

/** Values as text, as a link carries them and a form starts from them. */
export function paramsAsText(params: Readonly<RunParams>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}
