import { describe, expect, it } from 'vitest';
import {
  disputedProperties,
  readFactState,
  storedProperties,
  withContribution,
  withoutSource,
} from '../../../server/sources/fact-state.ts';

const dates = new Map([
  ['a', '2026-01-01'],
  ['b', '2026-03-10'],
]);
const legacy = { id: 'x', name: 'X', valuation: 'undisclosed', quotes: ['q1'], sourceId: 'a' };

describe('the evidence and claims of a fact', () => {
  it('when a fact was written before sources were tracked, then it reads as evidence and claims of its one source', () => {
    expect(readFactState(legacy)).toEqual({
      evidence: [{ source: 'a', quote: 'q1' }],
      claims: { valuation: [{ value: 'undisclosed', source: 'a', quote: 'q1' }] },
    });
  });

  it('when a second source disagrees, then both values are kept, the first stays shown, and the property is disputed', () => {
    const next = withContribution(readFactState(legacy), 'b', ['q2'], { valuation: '1.1bn' });
    const stored = storedProperties(next, dates);
    expect(stored).toMatchObject({
      valuation: 'undisclosed',
      quotes: ['q1', 'q2'],
      quoteSources: ['a', 'b'],
      sources: ['a', 'b'],
      corroboration: 2,
      disputed: ['valuation'],
      knownSince: '2026-01-01',
      sourceId: 'a',
    });
    expect(JSON.parse(stored.claims as string).valuation).toHaveLength(2);
  });

  it('when the same source is read twice, then nothing is added and its claim keeps its place', () => {
    const once = withContribution(readFactState(legacy), 'b', ['q2'], { valuation: '1.1bn' });
    const twice = withContribution(once, 'b', ['q2'], { valuation: '1.1bn' });
    expect(twice).toEqual(once);
    const corrected = withContribution(once, 'b', ['q2'], { valuation: 'undisclosed' });
    expect(disputedProperties(corrected)).toEqual([]);
    expect(corrected.claims.valuation!.map((claim) => claim.source)).toEqual(['a', 'b']);
  });

  it('when a source is withdrawn, then only its evidence and claims go, and a fact with none left has no sources', () => {
    const both = withContribution(readFactState(legacy), 'b', ['q2'], { valuation: '1.1bn' });
    expect(storedProperties(withoutSource(both, 'b'), dates)).toMatchObject({
      quotes: ['q1'],
      corroboration: 1,
      disputed: null,
      valuation: 'undisclosed',
    });
    const none = withoutSource(withoutSource(both, 'b'), 'a');
    const stored = storedProperties(none, dates);
    expect(stored).toMatchObject({ quotes: [], corroboration: 0, knownSince: null });
    expect(stored).not.toHaveProperty('valuation');
  });
});
