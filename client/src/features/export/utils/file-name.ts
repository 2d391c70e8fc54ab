/**
 * A file name that says what it holds: the view's title as a slug and the date,
 * e.g. `who-funds-world-models_2026-11-27.png`.
 */
export function exportFileName(title: string, date: string, extension: string): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'ecosystem';
  return `${slug}_${date}.${extension}`;
}

/** Today as YYYY-MM-DD in the person's own time zone. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
