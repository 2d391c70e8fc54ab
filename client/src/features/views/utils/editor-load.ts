import type { ViewPayload } from '../../../lib/api-types.ts';
import { withoutViewHeader } from './cypher-params.ts';

/** What to put in the workbench: text, parameters, and the view they came from. */
export interface EditorLoad {
  /** Changes with every load, so the workbench starts over with it. */
  seq: number;
  cypher: string;
  /** The Parameters field's text. */
  paramsText: string;
  /**
   * The view the text came from: a user view is saved back to it; a built-in view only lends
   * its title, category and parameter declarations to a new view.
   */
  from: ViewPayload | null;
}

/** The workbench's content before anything was loaded into it. */
export const BLANK_LOAD: EditorLoad = { seq: 0, cypher: '', paramsText: '', from: null };

/** Parameters as the Parameters field shows them: `{"entity": "vidu", "depth": 1}`. */
export function formatParams(params: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(params);
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`;
}

/** A view opened in the editor with the values its form holds. */
export function editorLoadFor(
  view: ViewPayload,
  params: Readonly<Record<string, unknown>>,
  seq: number,
): EditorLoad {
  return {
    seq,
    cypher: withoutViewHeader(view.cypher),
    paramsText: formatParams(params),
    from: view,
  };
}
