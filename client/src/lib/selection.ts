/** What the details panel shows: one node or one edge, by its API id. */
export interface Selection {
  type: 'node' | 'edge';
  id: string;
}

/** A request to centre the view on an element; `seq` makes repeated requests distinct. */
export interface FocusRequest {
  id: string;
  seq: number;
}
