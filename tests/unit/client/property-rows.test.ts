import { describe, expect, it } from 'vitest';
import {
  displayValue,
  propertyLabel,
  propertyRows,
} from '../../../client/src/features/details/utils/property-rows.ts';

describe('the properties table', () => {
  it('when a node has provenance and identity keys, then the table leaves them out', () => {
    const rows = propertyRows({
      id: 'x',
      name: 'X',
      camp: 'llm',
      quotes: ['a sentence'],
      sourceId: 'nextfin',
      description: 'shown above the table',
      city: 'Beijing',
    });
    expect(rows.map((row) => row.key)).toEqual(['city']);
  });

  it('when a funding round has amount and date parts, then each becomes one readable row', () => {
    const rows = propertyRows({
      roundType: 'Series B',
      amount: 2_000_000_000,
      currency: 'CNY',
      amountText: '2 billion yuan ($290 million)',
      amountUsd: 290_000_000,
      amountUsdNote: 'the article’s own conversion of 2 billion yuan',
      dateText: 'announced Friday',
      datePrecision: 'relative',
      dateNote: 'Friday relative to the article’s publication',
    });
    expect(rows).toEqual([
      { key: 'roundType', label: 'Round', value: 'Series B', note: undefined },
      {
        key: 'amount',
        label: 'Amount',
        value: '2 billion yuan ($290 million, the article’s own conversion)',
        note: undefined,
      },
      {
        key: 'date',
        label: 'Date',
        value: 'announced Friday',
        note: 'Friday relative to the article’s publication',
      },
    ]);
  });

  it('when a property has a …Note sibling, then the note goes under it instead of its own row', () => {
    const rows = propertyRows({
      valuation: 'undisclosed',
      valuationNote: 'the startup declined to disclose it',
    });
    expect(rows).toEqual([
      {
        key: 'valuation',
        label: 'Valuation',
        value: 'undisclosed',
        note: 'the startup declined to disclose it',
      },
    ]);
  });

  it('when a note has no sibling, then it gets its own row with a plain label', () => {
    const rows = propertyRows({ camp: 'both', campNote: 'Judgement call' });
    expect(rows).toEqual([
      { key: 'campNote', label: 'Why this camp', value: 'Judgement call', note: undefined },
    ]);
  });

  it('when values are lists, numbers or booleans, then they read naturally', () => {
    expect(displayValue(['vision', 'audio'])).toEqual(['vision', 'audio']);
    expect(displayValue(2026)).toBe('2,026');
    expect(displayValue(true)).toBe('yes');
    expect(displayValue(null)).toBe('—');
    expect(propertyLabel('articleWording')).toBe('Article wording');
    expect(propertyLabel('productType')).toBe('Product type');
  });
});
