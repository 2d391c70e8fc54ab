import type { Cleanup } from './cleanup.ts';
import type { BenchOptions, SectionName } from './options.ts';
import type { Row } from './table.ts';

/** What every section shares: options, the undo list, the progress log and the results. */
export interface BenchContext {
  options: BenchOptions;
  cleanup: Cleanup;
  /** A progress line, indented under the current section's heading. */
  log(message: string): void;
  /** Rows of the final table, in the order they were measured. */
  rows: Row[];
  /** Caveats to print under the table, e.g. other processes busy during a load phase. */
  warnings: string[];
  /** Raw numbers per section, written to bench/results/latest.json. */
  raw: Partial<Record<SectionName | 'setup', Record<string, unknown>>>;
  /** The online ingest rate at the largest size, entities/s, once the ingest section measured it. */
  onlinePerSecond?: number;
}

/** Whether the person asked for this section (a section may also run only as a dependency). */
export const wanted = (context: BenchContext, section: SectionName): boolean =>
  context.options.sections.has(section);
