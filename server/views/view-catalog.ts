import type { CypherCatalog } from '../neo4j/cypher-files.ts';
import { parseViewHeader, type ViewHeader } from './view-header.ts';

/** A view as the API lists it. */
export interface ViewSummary extends ViewHeader {
  id: string;
  builtin: boolean;
}

/** A view with its query text. */
export interface View extends ViewSummary {
  cypher: string;
  /** For user views saved with a picture: canvas positions by entity id. */
  positions?: Record<string, { x: number; y: number }>;
}

const prefix = 'views/';

/**
 * The built-in views: every cypher/views/<id>.cypher, its header parsed at boot. A file with a
 * bad header stops start-up with its name, rather than failing when someone clicks it.
 */
export function loadBuiltinViews(catalog: CypherCatalog): Map<string, View> {
  const views = new Map<string, View>();
  for (const [name, cypher] of catalog) {
    if (!name.startsWith(prefix)) continue;
    const id = name.slice(prefix.length);
    try {
      views.set(id, { id, builtin: true, cypher, ...parseViewHeader(cypher) });
    } catch (error) {
      throw new Error(`cypher/views/${id}.cypher: ${(error as Error).message}`);
    }
  }
  return views;
}
