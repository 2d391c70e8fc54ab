import type { Change } from '../services/source-service.ts';

/** One CSV cell: quoted when it holds a comma, quote or line break; formulas defused. */
function cell(value: string | number): string {
  let text = String(value);
  // A spreadsheet would run "=…" as a formula: a leading quote keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The changes list as CSV, one fact per row. */
export function changesCsv(changes: Change[]): string {
  const header = ['kind', 'id', 'name', 'knownSince', 'sources', 'corroboration'];
  const rows = changes.map((change) =>
    [
      change.kind,
      change.id,
      change.name,
      change.knownSince,
      change.sources.join('; '),
      change.corroboration,
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
