import { ratio as formatRatio } from './format.ts';

/** One line of the final table; every cell already phrased for a person. */
export interface Row {
  section: string;
  measure: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
  /** Undefined when the measure has no target. */
  met?: boolean;
}

/** A figure with the baseline measured beside it, turned into a row. */
export interface Figure {
  section: string;
  measure: string;
  ours: number;
  baseline: number;
  format: (value: number) => string;
  /** How the ratio reads: ours ÷ baseline (default) or baseline ÷ ours (a speed-up). */
  ratio?: 'ours/baseline' | 'baseline/ours' | 'none';
  target?: { text: string; met: boolean };
}

export function figureRow(figure: Figure): Row {
  const value =
    figure.ratio === 'baseline/ours'
      ? figure.baseline / figure.ours
      : figure.ratio === 'none'
        ? Number.NaN
        : figure.ours / figure.baseline;
  return {
    section: figure.section,
    measure: figure.measure,
    ours: Number.isNaN(figure.ours) ? '—' : figure.format(figure.ours),
    baseline: Number.isNaN(figure.baseline) ? '—' : figure.format(figure.baseline),
    ratio: Number.isFinite(value) ? formatRatio(value) : '—',
    target: figure.target?.text ?? '',
    met: figure.target?.met,
  };
}

/** A row for a measure that could not be taken, with the reason in place of the figure. */
export function failedRow(section: string, measure: string, reason: string): Row {
  return { section, measure, ours: `failed: ${reason}`, baseline: '—', ratio: '—', target: '' };
}

const headers = ['section', 'measure', 'ours', 'baseline', 'ratio', 'target', 'met?'];

/** The rows as an aligned text table; long failure messages wrap under their row. */
export function renderTable(rows: Row[]): string {
  const cells = rows.map((row) => [
    row.section,
    row.measure,
    row.ours.length > 40 ? `${row.ours.slice(0, 37)}...` : row.ours,
    row.baseline,
    row.ratio,
    row.target,
    row.met === undefined ? '' : row.met ? 'yes' : 'NO',
  ]);
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) => value.padEnd(widths[column]!))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  const body: string[] = [];
  cells.forEach((values, index) => {
    if (index > 0 && rows[index - 1]!.section !== rows[index]!.section) body.push(rule);
    body.push(line(values));
  });
  const notes = rows
    .filter((row) => row.ours.length > 40)
    .map((row) => `  ${row.section} / ${row.measure}: ${row.ours}`);
  return [line(headers), rule, ...body, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}
