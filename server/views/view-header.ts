/**
 * A saved view's header: the comment block that opens its `.cypher` file.
 *
 *   // @title Who funds world models
 *   // @description Investors, the rounds they led or joined, and the companies funded.
 *   // @category Funding
 *   // @param company entity = shengshu | The company whose network to show
 *   // @param depth integer = 2 (1..3) | How many hops
 *   // @param camp choice = world-model (llm, world-model, both, neutral) | Which camp
 *
 * Parsing is pure so it can be unit-tested and reused for user views.
 */

export const paramTypes = ['string', 'integer', 'float', 'boolean', 'entity', 'choice'] as const;
export type ParamType = (typeof paramTypes)[number];

export interface ViewParam {
  name: string;
  type: ParamType;
  default: string | number | boolean;
  description: string;
  /** For `choice`: the allowed values. */
  choices?: string[];
  /** For `integer` and `float`: inclusive bounds. */
  min?: number;
  max?: number;
}

export interface ViewHeader {
  title: string;
  description: string;
  category: string;
  params: ViewParam[];
}

const paramLine =
  /^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?<type>\w+)\s*=\s*(?<default>[^(|]*?)\s*(?:\((?<extra>[^)]*)\))?\s*(?:\|\s*(?<description>.*))?$/;

/** Reads the header of a view file; throws with the file's problem named. */
export function parseViewHeader(text: string): ViewHeader {
  const fields: Record<string, string> = {};
  const params: ViewParam[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) {
      if (trimmed === '') continue;
      break;
    }
    const match = /^\/\/\s*@(\w+)\s+(.*)$/.exec(trimmed);
    if (!match) continue;
    const [, key = '', value = ''] = match;
    if (key === 'param') params.push(parseParam(value.trim()));
    else fields[key] = value.trim();
  }
  for (const required of ['title', 'description', 'category']) {
    if (!fields[required]) throw new Error(`the header has no @${required}`);
  }
  return {
    title: fields.title!,
    description: fields.description!,
    category: fields.category!,
    params,
  };
}

function parseParam(text: string): ViewParam {
  const groups = paramLine.exec(text)?.groups;
  if (!groups) throw new Error(`cannot read "@param ${text}"`);
  const type = groups.type as ParamType;
  if (!paramTypes.includes(type)) {
    throw new Error(`@param ${groups.name} has unknown type ${groups.type}`);
  }
  const param: ViewParam = {
    name: groups.name!,
    type,
    default: '',
    description: groups.description?.trim() ?? '',
  };
  const extra = groups.extra?.trim();
  if (type === 'choice') {
    if (!extra) throw new Error(`@param ${param.name} is a choice but lists no choices`);
    param.choices = extra.split(',').map((choice) => choice.trim());
  } else if (extra) {
    const range = /^(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)$/.exec(extra);
    if (!range) throw new Error(`@param ${param.name} has a range that is not "min..max"`);
    param.min = Number(range[1]);
    param.max = Number(range[2]);
  }
  const coerced = coerceParam(param, groups.default ?? '');
  if (!coerced.ok) throw new Error(`@param ${param.name} has a default that ${coerced.problem}`);
  param.default = coerced.value;
  return param;
}

export type Coerced =
  { ok: true; value: string | number | boolean } | { ok: false; problem: string };

/**
 * Turns a value given for a parameter (from JSON or a URL) into its declared type, or says what
 * is wrong with it in words that follow the parameter's name.
 */
export function coerceParam(param: ViewParam, raw: unknown): Coerced {
  switch (param.type) {
    case 'integer':
    case 'float': {
      const value =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && raw.trim() !== ''
            ? Number(raw)
            : NaN;
      if (!Number.isFinite(value)) return { ok: false, problem: `must be a number` };
      if (param.type === 'integer' && !Number.isInteger(value)) {
        return { ok: false, problem: 'must be a whole number' };
      }
      if (param.min !== undefined && value < param.min) {
        return { ok: false, problem: `must be at least ${param.min}` };
      }
      if (param.max !== undefined && value > param.max) {
        return { ok: false, problem: `must be at most ${param.max}` };
      }
      return { ok: true, value };
    }
    case 'boolean': {
      if (raw === true || raw === 'true') return { ok: true, value: true };
      if (raw === false || raw === 'false') return { ok: true, value: false };
      return { ok: false, problem: 'must be true or false' };
    }
    case 'choice': {
      if (typeof raw === 'string' && param.choices?.includes(raw)) return { ok: true, value: raw };
      return { ok: false, problem: `must be one of ${param.choices?.join(', ')}` };
    }
    case 'string':
    case 'entity': {
      if (typeof raw !== 'string' && typeof raw !== 'number')
        return { ok: false, problem: 'must be text' };
      const value = String(raw).trim();
      if (value === '') return { ok: false, problem: 'must not be empty' };
      if (value.length > 500) return { ok: false, problem: 'must be at most 500 characters' };
      return { ok: true, value };
    }
  }
}

/** Writes a header back as comment lines, for user views shown in the editor. */
export function formatViewHeader(header: ViewHeader): string {
  const lines = [
    `// @title ${header.title}`,
    `// @description ${header.description}`,
    `// @category ${header.category}`,
  ];
  for (const param of header.params) {
    const extra = param.choices
      ? ` (${param.choices.join(', ')})`
      : param.min !== undefined && param.max !== undefined
        ? ` (${param.min}..${param.max})`
        : '';
    const description = param.description ? ` | ${param.description}` : '';
    lines.push(`// @param ${param.name} ${param.type} = ${param.default}${extra}${description}`);
  }
  return lines.join('\n');
}
