import type { ViewParamPayload } from '../../../lib/api-types.ts';

/** Index just past the string literal opening at `start`, honouring backslash escapes. */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === quote) return index + 1;
  }
  return text.length;
}

/** Index just past the backticked name opening at `start` (a doubled backtick escapes one). */
function endOfQuotedName(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] !== '`') continue;
    if (text[index + 1] === '`') index++;
    else return index + 1;
  }
  return text.length;
}

const PARAM_NAME = /^(?:`((?:[^`]|``)+)`|([A-Za-z_][A-Za-z0-9_]*|\d+))/;

/**
 * The `$parameters` a Cypher text uses, in order of first use, each once. Dollars inside string
 * literals, comments and backticked names are text, not parameters.
 */
export function paramsInCypher(text: string): string[] {
  const names: string[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const next = text[index + 1];
    if (char === '/' && next === '/') {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 2;
    } else if (char === "'" || char === '"') {
      index = endOfString(text, index);
    } else if (char === '`') {
      index = endOfQuotedName(text, index);
    } else if (char === '$') {
      const match = PARAM_NAME.exec(text.slice(index + 1));
      if (!match) {
        index++;
        continue;
      }
      const name = match[1]?.replaceAll('``', '`') ?? match[2] ?? '';
      if (!names.includes(name)) names.push(name);
      index += 1 + match[0].length;
    } else {
      index++;
    }
  }
  return names;
}

/**
 * A built-in view's text without its `// @title`, `// @param`… header: in the editor, the save
 * dialog holds those, and a stale copy in the text would only mislead.
 */
export function withoutViewHeader(cypher: string): string {
  const lines = cypher.split('\n');
  let start = 0;
  const kept: string[] = [];
  for (; start < lines.length; start++) {
    const line = lines[start]!.trim();
    if (line === '' || /^\/\/\s*@\w+/.test(line)) continue;
    if (!line.startsWith('//')) break;
    kept.push(lines[start]!);
  }
  return [...kept, ...lines.slice(start)].join('\n').trimEnd();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the text compares `$name` with an entity id (`{id: $name}` or `x.id = $name`): such a
 * parameter is best declared as an entity, picked by name.
 */
export function comparesWithId(cypher: string, name: string): boolean {
  const param = `\\$${escapeRegExp(name)}(?![A-Za-z0-9_])`;
  return new RegExp(`(?:[{,]\\s*id\\s*:|\\.id\\s*=)\\s*${param}`).test(cypher);
}

function inferred(name: string, value: unknown, cypher: string): ViewParamPayload {
  const base = { name, description: '' };
  if (typeof value === 'number') {
    return { ...base, type: Number.isInteger(value) ? 'integer' : 'float', default: value };
  }
  if (typeof value === 'boolean') return { ...base, type: 'boolean', default: value };
  const text = typeof value === 'string' ? value : '';
  return { ...base, type: comparesWithId(cypher, name) ? 'entity' : 'string', default: text };
}

/**
 * Declarations for saving a query as a view: one per `$parameter` the text uses, taken from
 * `known` declarations (the view it came from) or else guessed from the value the query ran
 * with, and from how the text uses it.
 */
export function declarationsFor(
  cypher: string,
  values: Readonly<Record<string, unknown>>,
  known: readonly ViewParamPayload[] = [],
): ViewParamPayload[] {
  return paramsInCypher(cypher).map(
    (name) => known.find((param) => param.name === name) ?? inferred(name, values[name], cypher),
  );
}
