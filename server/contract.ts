import type { Camp } from '../common/domain.ts';
import type { ParamType, ViewParam } from './views/view-header.ts';

/**
 * The JSON shapes the API answers with. The client imports these as types only, so the two
 * sides cannot drift apart silently.
 */

/** A property value as it leaves the server: plain JSON, never a Neo4j Integer or temporal. */
export type PropertyValue = string | number | boolean | null | PropertyValue[];

export type Properties = Record<string, PropertyValue>;

/** Camps an entity can belong to in the LLM vs world-model story. */
export type { Camp };

export interface ApiNode {
  /** Stable slug from the seed data (e.g. `shengshu`), never Neo4j's internal id. */
  id: string;
  labels: string[];
  /** What to draw under the node: its `name`. */
  caption: string;
  properties: Properties;
}

export interface ApiEdge {
  /** Stable id: `<source>-<TYPE>-<target>` as stored on the relationship. */
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Properties;
}

export interface GraphPayload {
  nodes: ApiNode[];
  edges: ApiEdge[];
  /** True when a limit cut the answer short. */
  truncated: boolean;
  /**
   * GET /api/graph only: how many entities match (the whole database, or the kind/camp group
   * asked for), drawn or not. The drawn ones are the most connected.
   */
  total?: number;
}

/** One group of the overview: every entity of one kind in one camp. */
export interface OverviewGroup {
  /** `<Kind>|<camp>`, e.g. `Company|world-model`. */
  id: string;
  kind: string;
  camp: Camp;
  count: number;
}

/** How many relationships run from one group to another (either may be the same group). */
export interface OverviewLink {
  source: string;
  target: string;
  count: number;
}

/**
 * GET /api/overview: the whole database summarised by kind and camp, for graphs too large to
 * draw whole. Drill down with GET /api/graph?kind=…&camp=….
 */
export interface OverviewPayload {
  entities: number;
  relationships: number;
  groups: OverviewGroup[];
  links: OverviewLink[];
}

/** A table cell: plain JSON, with graph values reduced to a reference the UI can link. */
export type Cell =
  | PropertyValue
  | { [key: string]: Cell }
  | Cell[]
  | { kind: 'node'; id: string; caption: string; labels: string[] }
  | { kind: 'relationship'; id: string; type: string; source: string; target: string }
  | { kind: 'path'; length: number; nodes: string[] };

/** What a view or an ad-hoc query answers: its graph part and its table part. */
export interface QueryPayload extends GraphPayload {
  columns: string[];
  rows: Cell[][];
}

export type { ParamType };

/** A parameter a view declares, as the view's header gives it. */
export type ViewParamPayload = ViewParam;

export interface ViewSummaryPayload {
  id: string;
  title: string;
  description: string;
  category: string;
  builtin: boolean;
  params: ViewParamPayload[];
}

export interface ViewPayload extends ViewSummaryPayload {
  cypher: string;
  /** User views saved with a picture: canvas positions by entity id. */
  positions?: Record<string, { x: number; y: number }>;
}

export interface SearchPayload {
  nodes: ApiNode[];
}

export interface NodePayload {
  node: ApiNode;
}

/** GET /api/schema: what the Cypher editor completes. */
export interface SchemaPayload {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface HealthPayload {
  status: 'ok';
  neo4j: { version: string; edition: string };
}

/** GET/POST /api/session: whether sign-in is on, and who is signed in (null: nobody). */
export interface SessionPayload {
  auth: 'on' | 'off';
  user: { name: string; role: 'viewer' | 'editor' | 'admin' } | null;
}

export interface ErrorPayload {
  error: {
    code: string;
    message: string;
    /** For Cypher errors: where in the query text (1-based line and column, 0-based offset). */
    position?: { line: number; column: number; offset: number };
  };
}

/** GET /api/changes: a fact first known from a source dated on or after the date asked. */
export interface ChangePayload {
  kind: 'entity' | 'relationship';
  id: string;
  name: string;
  /** ISO date of its earliest source. */
  knownSince: string;
  sources: string[];
  corroboration: number;
}
