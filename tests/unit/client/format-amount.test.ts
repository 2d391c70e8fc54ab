import { describe, expect, it } from 'vitest';
import {
  amountInWords,
  formatAmount,
  formatMoney,
} from '../../../client/src/features/details/utils/format-amount.ts';

describe('the amount formatter', () => {
  it('when a round has a yuan amount and the article’s USD conversion, then both are shown with the note', () => {
    const amount = formatAmount({
      amount: 2_000_000_000,
      currency: 'CNY',
      amountText: '2 billion yuan ($290 million)',
      amountUsd: 290_000_000,
      amountUsdNote: 'the article’s own conversion of 2 billion yuan',
    });
    expect(amount).toEqual({
      text: '2 billion yuan ($290 million, the article’s own conversion)',
    });
  });

  it('when there is no USD figure, then the note says so beside the amount', () => {
    expect(
      formatAmount({
        amount: 600_000_000,
        currency: 'CNY',
        amountUsdNote: 'the article gives no USD figure for this round',
      }),
    ).toEqual({ text: '600 million yuan', note: 'the article gives no USD figure for this round' });
  });

  it('when the amount is in euros, then it is written with the euro sign', () => {
    expect(formatAmount({ amount: 500_000_000, currency: 'EUR' })).toEqual({
      text: '€500 million',
    });
  });

  it('when only the article’s wording is there, then it is shown as is', () => {
    expect(formatAmount({ amountText: 'a nine-figure sum' })).toEqual({
      text: 'a nine-figure sum',
    });
  });

  it('when there is no amount at all, then nothing is shown', () => {
    expect(formatAmount({ name: 'ShengShu' })).toBeNull();
  });

  it('when numbers are large or odd, then they read as words with at most two decimals', () => {
    expect(amountInWords(1_250_000)).toBe('1.25 million');
    expect(amountInWords(2_000_000_000)).toBe('2 billion');
    expect(amountInWords(9_500)).toBe('9,500');
    expect(formatMoney(3_000_000, 'GBP')).toBe('£3 million');
    expect(formatMoney(3_000_000, 'CHF')).toBe('3 million CHF');
    expect(formatMoney(3_000_000, undefined)).toBe('3 million');
  });
});
