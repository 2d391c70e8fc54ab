import type { Camp } from '../../../../../common/domain.ts';

/** What the Add-a-source dialog builds: the shape POST /api/sources takes. */
export interface SourceDraftPayload {
  source: {
    id: string;
    title: string;
    publisher: string;
    published?: string;
    year?: number;
    url?: string;
  };
  text: string;
  nodes: DraftEntity[];
  relationships: DraftRelationship[];
  declare: { labels: string[]; types: string[] };
  resolve: Record<string, string>;
}

export interface DraftEntity {
  /** Set when the editor linked the name to an entity the graph already has. */
  id?: string;
  name: string;
  labels: string[];
  camp?: Camp;
  properties: Record<string, string>;
  quotes: string[];
}

export interface DraftRelationship {
  type: string;
  /** An entity's id or name. */
  source: string;
  target: string;
  properties: Record<string, string>;
  quotes: string[];
}

/** What the server answers (server/sources/ingest-plan.ts), as the review shows it. */
export interface IngestPlan {
  source: { id: string; title: string; status: 'new' | 'reread' };
  created: { entities: { id: string; name: string }[]; relationships: string[] };
  matched: { name: string; id: string; by: string }[];
  corroborated: { entities: string[]; relationships: string[] };
  conflicts: {
    element: string;
    property: string;
    values: { value: unknown; source: string; quote: string }[];
  }[];
  ambiguities: { name: string; candidates: { id: string; name: string; reason: string }[] }[];
  withdrawn: { entities: string[]; relationships: string[] };
  removed: { entities: string[]; relationships: string[] };
  problems: string[];
  dryRun: boolean;
  written: boolean;
}

/** A slug from a title: what the server accepts as a source id. */
export function slugOfTitle(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'source'
  );
}

/**
 * Sentences of a text, in reading order: each line is a paragraph (the first often a headline),
 * split at . ! or ? followed by a space and a capital or an opening quote, so "U.S. firms" stays
 * whole. The same rule the server uses for a source's sentences.
 */
export function splitIntoSentences(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
