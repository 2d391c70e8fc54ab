import type { FreshImportReport } from './fresh-import.ts';

function rate(count: number, milliseconds: number): string {
  return Math.round(count / (milliseconds / 1000)).toLocaleString('en');
}

/** What an import did and how fast, for a person: the import step alone, then in total. */
export function describeImport(report: FreshImportReport, entities: number): string[] {
  return [
    `Import step: ${entities.toLocaleString('en')} entities in ${(report.importMs / 1000).toFixed(1)} s, ${rate(entities, report.importMs)} entities/s (${report.relationships.toLocaleString('en')} relationships with them).`,
    `Constraints, indexes and full-text index built in ${(report.schemaMs / 1000).toFixed(1)} s.`,
    `In total: ${(report.totalMs / 1000).toFixed(1)} s, ${rate(entities, report.totalMs)} entities/s.`,
  ];
}
