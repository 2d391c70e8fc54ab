import type { GraphMerge } from './graph-model.ts';
import type { GraphPayload, OverviewGroup, OverviewPayload } from './api-types.ts';
import type { Position } from './exploration/exploration-url.ts';

/** A one-line message about the last thing that happened to the graph. */
export interface GraphNotice {
  tone: 'info' | 'warning' | 'error';
  text: string;
}

/** A database too large to draw whole: its summary, and the most connected part already loaded. */
export interface Summary {
  overview: OverviewPayload;
  /**
   * The most connected entities, as the first answer brought them (drawn on request); null while
   * that answer is on its way (the overview comes first: at a million entities it is ready
   * seconds earlier).
   */
  top: GraphPayload | null;
}

/** What the canvas shows of a summarised database. */
export type Drill =
  { kind: 'overview' } | { kind: 'top' } | { kind: 'group'; group: OverviewGroup };

/** Merges a fetched neighbourhood into the current graph; null when it no longer applies. */
export type MergeNeighborhood = (payload: GraphPayload) => GraphMerge | null;

export interface ExplorerGraph {
  status: 'loading' | 'ready' | 'error';
  /** The server's message when loading failed. */
  error: string | null;
  /** Bumped by retry(); a fresh canvas per attempt keeps its first-layout state honest. */
  attempt: number;
  /**
   * Bumped whenever the canvas content is replaced (a result, or back to the ecosystem); the
   * canvas is keyed on it too, so each replacement gets a first layout of its own.
   */
  generation: number;
  /** Whether the canvas shows the whole ecosystem or the graph part of a result. */
  showing: 'ecosystem' | 'result';
  /** Set when the database is too large to draw whole (and no `?limit=` asked for a slice). */
  summary: Summary | null;
  /** What of a summarised database is on the canvas; null when nothing was summarised. */
  drill: Drill | null;
  /**
   * How many entities the content was cut from, when the server cut it (its `total`); null when
   * everything asked for is drawn or the server does not say.
   */
  total: number | null;
  /** Back to the summary of a database too large to draw whole. */
  showOverview: () => void;
  /** Draws the most connected entities the first answer brought. */
  drawTop: () => void;
  /** Draws the most connected entities of one kind and camp. */
  drillInto: (group: OverviewGroup) => void;
  /** Id of the node being expanded, if any. */
  expanding: string | null;
  notice: GraphNotice | null;
  retry: () => void;
  /**
   * Fetches a node's neighbourhood (or what `fetch` asks for instead), hands it to `merge`, and
   * tells what was added in the notice line; resolves when done or failed.
   */
  fetchNeighborhood: (
    nodeId: string,
    name: string,
    merge: MergeNeighborhood,
    fetch?: () => Promise<GraphPayload>,
  ) => Promise<void>;
  dismissNotice: () => void;
  /** Swaps the canvas content for a result's graph part, laid out afresh. */
  replace: (
    payload: Pick<GraphPayload, 'nodes' | 'edges'>,
    positions?: Readonly<Record<string, Position>>,
  ) => void;
  /** Loads the whole ecosystem again after a result. */
  showEcosystem: () => void;
}
