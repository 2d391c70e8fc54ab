/**
 * The API contract, re-exported once so client code has a single door to the server's types.
 * Type-only: nothing from server/ ends up in the bundle.
 */
import type {
  GraphPayload,
  ViewParamPayload,
  ViewPayload,
  ViewSummaryPayload,
} from '../../../server/contract.ts';

export type {
  ChangePayload,
  ApiEdge,
  ApiNode,
  Camp,
  Cell,
  ErrorPayload,
  GraphPayload,
  HealthPayload,
  NodePayload,
  OverviewGroup,
  OverviewLink,
  OverviewPayload,
  ParamType,
  Properties,
  PropertyValue,
  QueryPayload,
  SearchPayload,
  SessionPayload,
  ViewParamPayload,
  ViewPayload,
  ViewSummaryPayload,
} from '../../../server/contract.ts';

/** A document facts quote, as GET /api/sources lists it. */
export interface ApiSource {
  id: string;
  publisher: string;
  site?: string;
  title: string;
  year: number;
  /** Publication date (ISO), when the source gave one. */
  published?: string;
  url?: string;
  /** The day it speaks for: its publication date, or 1 January of its year. */
  date: string;
  facts: { entities: number; relationships: number };
}

/** GET /api/sources. */
export interface SourcesPayload {
  sources: ApiSource[];
}

/** GET /api/schema: what the database holds, for editor completion. */
export interface SchemaPayload {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/** GET /api/views. */
export interface ViewsPayload {
  views: ViewSummaryPayload[];
}

/** GET /api/views/:id, and the answer to saving one. */
export interface ViewEnvelope {
  view: ViewPayload;
}

/** What POST /api/views and PUT /api/views/:id take: a view without its id. */
export interface ViewDraft {
  title: string;
  description: string;
  category: string;
  cypher: string;
  params: ViewParamPayload[];
  /**
   * Where the nodes were on the canvas when the view was saved, by entity id, to open it the same
   * way; the server stores it with the view (as JSON on the :SavedView).
   */
  positions?: Record<string, { x: number; y: number }>;
}

/** One path of GET /api/paths, as ids in walking order. */
export interface PathSummary {
  nodes: string[];
  edges: string[];
  hops: number;
}

/** GET /api/paths: the shortest path first, then next-shortest alternatives, and their elements. */
export interface PathsPayload extends GraphPayload {
  paths: PathSummary[];
}

/** GET /api/nodes/:id/neighbors with `type` or `direction`: `total` neighbours match, shown or not. */
export interface NeighborsPayload extends GraphPayload {
  total: number;
}

/** One sentence of a source, in reading order, with the facts it supports. */
export interface ApiSentence {
  /** 1-based, in reading order. */
  index: number;
  text: string;
  part: 'headline' | 'summary' | 'body';
  nodes: string[];
  edges: string[];
}

/** GET /api/sources/:id/sentences. */
export interface SentencesPayload {
  sentences: ApiSentence[];
}
