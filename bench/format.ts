/** Human units for the progress lines and the table. */

const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export const count = (value: number): string => grouped.format(value);

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  return `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

export function seconds(valueMs: number): string {
  return Number.isFinite(valueMs) ? `${(valueMs / 1000).toFixed(2)} s` : 'n/a';
}

export const perSecond = (value: number): string =>
  Number.isFinite(value) ? `${grouped.format(value)}/s` : 'n/a';

export function bytes(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} kB`;
  return `${value} B`;
}

export function ratio(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 10) return `${value.toFixed(0)}x`;
  return `${value >= 0.1 ? value.toFixed(2) : value.toPrecision(2)}x`;
}

/** 1000 → "1k", 100000 → "100k". */
export const size = (value: number): string =>
  value >= 1000 && value % 1000 === 0 ? `${value / 1000}k` : count(value);
