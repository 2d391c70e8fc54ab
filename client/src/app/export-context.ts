import type { ExportContext } from '../features/export/hooks/use-exporter.ts';
import type { ResultSource } from '../features/views/utils/result-source.ts';

/** What exports of the whole ecosystem are titled (and their files named) after. */
export const ECOSYSTEM_TITLE = 'LLM vs world-model ecosystem';

/**
 * The title and values exports name their files and captions after: the ecosystem, the view on
 * the canvas with every value it ran with (defaults included), or the ad-hoc query's values.
 */
export function exportContextOf(source: ResultSource | null): ExportContext {
  if (!source) return { title: ECOSYSTEM_TITLE, params: [] };
  if (source.kind === 'view') {
    return {
      title: source.view.title,
      params: source.view.params.map((param) => [
        param.name,
        String(source.params[param.name] ?? param.default),
      ]),
    };
  }
  return {
    title: 'Cypher query',
    params: Object.entries(source.params).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  };
}
