import type { Properties, PropertyValue } from '../../../lib/api-types.ts';
import { formatAmount } from './format-amount.ts';

/** One line of the properties table. */
export interface PropertyRow {
  key: string;
  label: string;
  /** A list shows as one item per line. */
  value: string | string[];
  /** A remark the data attaches to the value (from a `…Note` property). */
  note?: string;
}

/**
 * Keys the table never shows: identity and provenance (shown elsewhere in the panel), and the
 * parts of amounts and dates that the combined rows below already say.
 */
const HIDDEN = new Set([
  'id',
  'name',
  'camp',
  'quotes',
  'sourceId',
  'description',
  // Evidence bookkeeping: the Evidence and "Sources disagree" sections show it readably.
  'quoteSources',
  'sources',
  'corroboration',
  'claims',
  'disputed',
  'knownSince',
]);
const AMOUNT_PARTS = ['amount', 'currency', 'amountText', 'amountUsd', 'amountUsdNote'];
const DATE_PARTS = ['dateText', 'datePrecision', 'dateNote'];

/** Labels where splitting camelCase would read badly. */
const LABELS: Record<string, string> = {
  campNote: 'Why this camp',
  kindNote: 'About the kind',
  labelNote: 'About the label',
  attributionNote: 'Attribution',
  stanceQuotes: 'Stance, in the article’s words',
  articleWording: 'Article wording',
  shengshuClaim: 'ShengShu’s claim',
  alsoDescribedAs: 'Also described as',
  roundType: 'Round',
  productType: 'Product type',
};

/** Rows come in this order; everything else follows alphabetically. */
const ORDER = [
  'type',
  'kind',
  'roundType',
  'productType',
  'role',
  'roles',
  'amount',
  'date',
  'year',
  'status',
  'valuation',
  'city',
  'country',
  'ecosystem',
  'aliases',
];

/** `roundType` → "Round type", `amountUsd` → "Amount usd" (see LABELS for the exceptions). */
export function propertyLabel(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A property value as text: lists stay lists, numbers get thousands separators. */
export function displayValue(value: PropertyValue): string | string[] {
  if (Array.isArray(value)) return value.map((item) => String(displayValue(item)));
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  return value;
}

function rank(key: string): number {
  const index = ORDER.indexOf(key);
  return index === -1 ? ORDER.length : index;
}

/**
 * The properties of a node or edge as table rows: internal keys hidden, amounts and dates folded
 * into one readable row each, and every `fooNote` shown under its `foo` row when there is one.
 */
export function propertyRows(properties: Properties): PropertyRow[] {
  const rows: PropertyRow[] = [];
  const amount = formatAmount(properties);
  const consumed = new Set<string>(HIDDEN);
  if (amount) {
    rows.push({ key: 'amount', label: 'Amount', value: amount.text, note: amount.note });
    AMOUNT_PARTS.forEach((key) => consumed.add(key));
  }
  if (typeof properties.dateText === 'string') {
    const precision = properties.datePrecision;
    const note =
      typeof properties.dateNote === 'string'
        ? properties.dateNote
        : typeof precision === 'string'
          ? `${precision} date`
          : undefined;
    rows.push({ key: 'date', label: 'Date', value: properties.dateText, note });
    DATE_PARTS.forEach((key) => consumed.add(key));
  }
  for (const [key, value] of Object.entries(properties)) {
    if (consumed.has(key)) continue;
    if (key.endsWith('Note')) {
      const base = key.slice(0, -'Note'.length);
      if (base in properties && !HIDDEN.has(base)) continue;
    }
    const noteValue = properties[`${key}Note`];
    rows.push({
      key,
      label: propertyLabel(key),
      value: displayValue(value),
      note: typeof noteValue === 'string' ? noteValue : undefined,
    });
  }
  return rows.sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label));
}
