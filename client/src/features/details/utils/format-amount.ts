import type { Properties } from '../../../lib/api-types.ts';

const SCALES = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/** How each currency is written; unknown codes go after the number ("5 million GBP"). */
const CURRENCIES: Record<string, { prefix?: string; suffix?: string }> = {
  USD: { prefix: '$' },
  EUR: { prefix: '€' },
  GBP: { prefix: '£' },
  CNY: { suffix: ' yuan' },
  JPY: { suffix: ' yen' },
};

/** 2_000_000_000 → "2 billion", 1_250_000 → "1.25 million", 9_500 → "9,500". */
export function amountInWords(value: number): string {
  const scale = SCALES.find((candidate) => Math.abs(value) >= candidate.size);
  if (!scale) return value.toLocaleString('en-US');
  const scaled = Number((value / scale.size).toFixed(2));
  return `${scaled.toLocaleString('en-US')} ${scale.word}`;
}

/** 500_000_000 EUR → "€500 million"; 2_000_000_000 CNY → "2 billion yuan". */
export function formatMoney(value: number, currency: string | undefined): string {
  const words = amountInWords(value);
  const style = currency ? CURRENCIES[currency.toUpperCase()] : undefined;
  if (style) return `${style.prefix ?? ''}${words}${style.suffix ?? ''}`;
  return currency ? `${words} ${currency}` : words;
}

/** An amount ready to show: the sentence, and a remark that did not fit in it. */
export interface FormattedAmount {
  text: string;
  note?: string;
}

/**
 * The amount of a funding round as the article gives it: the original currency first, then
 * the article's own USD figure with what the data says about it, e.g.
 * "2 billion yuan ($290 million, the article’s own conversion)". Falls back to `amountText`
 * when there is no number. Null when the properties hold no amount at all.
 */
export function formatAmount(properties: Properties): FormattedAmount | null {
  const { amount, currency, amountText, amountUsd, amountUsdNote } = properties;
  const currencyCode = typeof currency === 'string' ? currency : undefined;
  let primary: string;
  if (typeof amount === 'number') primary = formatMoney(amount, currencyCode);
  else if (typeof amountText === 'string') primary = amountText;
  else if (typeof amountUsd === 'number') return { text: formatMoney(amountUsd, 'USD') };
  else return null;
  let note = typeof amountUsdNote === 'string' ? amountUsdNote.trim() : undefined;
  // "the article’s own conversion of 2 billion yuan" repeats the figure just shown.
  if (note && note.toLowerCase().endsWith(` of ${primary.toLowerCase()}`)) {
    note = note.slice(0, note.length - primary.length - 4);
  }
  if (typeof amountUsd === 'number' && currencyCode?.toUpperCase() !== 'USD') {
    const usd = formatMoney(amountUsd, 'USD');
    return { text: note ? `${primary} (${usd}, ${note})` : `${primary} (${usd})` };
  }
  return note ? { text: primary, note } : { text: primary };
}
