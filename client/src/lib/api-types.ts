/**
 * The API contract, re-exported once so client code has a single door to the server's types.
 * Type-only: nothing from server/ ends up in the bundle.
 */
import type {
  ViewParamPayload,
  ViewPayload,
  ViewSummaryPayload,
} from '../../../server/contract.ts';

export type {
  ApiEdge,
  ApiNode,
  Camp,
  Cell,
  ErrorPayload,
  GraphPayload,
  HealthPayload,
  NodePayload,
  ParamType,
  Properties,
  PropertyValue,
  QueryPayload,
  SearchPayload,
  ViewParamPayload,
  ViewPayload,
  ViewSummaryPayload,
} from '../../../server/contract.ts';

/** A document the seeded facts quote, as GET /api/sources lists it. */
export interface ApiSource {
  id: string;
  publisher: string;
  site: string;
  title: string;
  year: number;
  file: string;
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
}
