import type { ViewSummaryPayload } from '../../../lib/api-types.ts';
import type { CaptionOf } from './cells.ts';
import type { RunParams } from './param-values.ts';

/** What produced the result on the canvas: a saved view with values, or text from the editor. */
export type ResultSource =
  | { kind: 'view'; view: ViewSummaryPayload; params: RunParams }
  | { kind: 'query'; cypher: string; params: Record<string, unknown> };

/** A result's source in words, for the banner over the canvas. */
export interface SourceDescription {
  kind: 'View' | 'Query';
  title: string;
  /** `from = Zhu Jun, to = Fei-Fei Li`; empty when there is nothing to add. */
  detail: string;
}

/** Longest query line the banner repeats before cutting it short. */
const QUERY_TITLE_MAX = 96;

function queryTitle(cypher: string): string {
  const lines = cypher
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));
  const text = lines.join(' ');
  return text.length > QUERY_TITLE_MAX ? `${text.slice(0, QUERY_TITLE_MAX - 1)}…` : text;
}

/** Names a result: the view's title and its values (entities by name), or the query's text. */
export function describeSource(source: ResultSource, captionOf: CaptionOf): SourceDescription {
  if (source.kind === 'query') {
    const params = Object.keys(source.params).length > 0 ? JSON.stringify(source.params) : '';
    return { kind: 'Query', title: queryTitle(source.cypher), detail: params };
  }
  const detail = source.view.params
    .filter((param) => source.params[param.name] !== undefined)
    .map((param) => {
      const value = String(source.params[param.name]);
      return `${param.name} = ${param.type === 'entity' ? captionOf(value) : value}`;
    })
    .join(', ');
  return { kind: 'View', title: source.view.title, detail };
}
