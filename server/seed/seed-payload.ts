import type { SourcePayload } from '../sources/source-payload.ts';
import type { SeedData } from './seed-data.ts';

/**
 * The seed as a source for the ingest service: the article in seed/ enters the graph through
 * the same path as every later source. Its aliases move from the properties to the node.
 */
export function seedPayload(data: SeedData): SourcePayload {
  const { source } = data;
  return {
    source: {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      site: source.site,
      year: source.year,
    },
    text: data.article,
    nodes: data.nodes.map(({ properties, ...node }) => {
      const { aliases, ...rest } = properties;
      return {
        ...node,
        aliases: Array.isArray(aliases) ? aliases : undefined,
        properties: rest,
      };
    }),
    relationships: data.relationships.map(({ id: _id, ...rel }) => rel),
    declare: { labels: [], types: [...new Set(data.relationships.map((rel) => rel.type))] },
    resolve: {},
  };
}
