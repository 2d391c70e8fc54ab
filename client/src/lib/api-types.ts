/**
 * The API contract, re-exported once so client code has a single door to the server's types.
 * Type-only: nothing from server/ ends up in the bundle.
 */
export type {
  ApiEdge,
  ApiNode,
  Camp,
  ErrorPayload,
  GraphPayload,
  HealthPayload,
  NodePayload,
  Properties,
  PropertyValue,
  SearchPayload,
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
