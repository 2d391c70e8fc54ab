/** What the page asks the graph loader: GET this API address, or forget an earlier one. */
export type GraphLoaderRequest =
  { type: 'load'; id: number; url: string } | { type: 'cancel'; id: number };

/**
 * What the loader answers: a graph's nodes and edges in slices, then the rest of the answer
 * (or the whole answer when it is an error), or that the request could not be made at all.
 */
export type GraphLoaderReply =
  | { type: 'nodes'; id: number; items: unknown[] }
  | { type: 'edges'; id: number; items: unknown[] }
  | { type: 'answer'; id: number; status: number; body: unknown }
  | { type: 'failed'; id: number; message: string };
