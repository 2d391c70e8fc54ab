import { describe, expect, it } from 'vitest';
import {
  honestLabel,
  NAMED_PER_STOP,
  stopNames,
  stopIndexOf,
  timelineStops,
} from '../../../client/src/features/timeline/utils/timeline-stops.ts';
import { apiNode, seededApiNodes } from './fixtures.ts';

const nodes = seededApiNodes();

describe('the timeline over the seeded funding rounds', () => {
  const stops = timelineStops(nodes, 2026);

  it('when built, then there is one stop per dated moment, earliest first', () => {
    expect(stops.map((stop) => stop.facts.map((fact) => fact.id))).toEqual([
      ['ami-labs-raise'],
      ['shengshu-earlier-round'],
      ['shengshu-series-b'],
    ]);
  });

  it('when a date is rough, then the label is the article’s words marked ≈, never a calendar date', () => {
    expect(stops.map((stop) => stop.label)).toEqual([
      'early 2026 (≈)',
      'just two months before the Series B (≈)',
      'announced Friday (at publication, 2026) (≈)',
    ]);
    expect(stops.every((stop) => stop.rough)).toBe(true);
    expect(honestLabel('2025', false)).toBe('2025');
  });

  it('when the time is a stop’s, then that stop is current; when unset, it is all time', () => {
    expect(stopIndexOf(stops, stops[1]!.time)).toBe(1);
    expect(Number(stops[1]!.time)).toBe(stops[1]!.key);
    expect(stopIndexOf(stops, undefined)).toBe(-1);
    expect(stopIndexOf(stops, '1999')).toBe(-1);
  });

  it('when nothing on the canvas is dated, then there are no stops', () => {
    expect(timelineStops([apiNode('x', ['Company'], 'llm')], 2026)).toEqual([]);
  });
});

describe('the names a mark shows', () => {
  const facts = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `f${i}`,
      caption: `Round ${i}`,
      label: '2025',
      rough: false,
    }));

  it('when a moment dates few facts, then the mark names every one', () => {
    expect(stopNames({ facts: facts(NAMED_PER_STOP) })).toBe('Round 0, Round 1, Round 2');
  });

  it('when a moment dates thousands of facts, then the mark names the first and counts the rest', () => {
    expect(stopNames({ facts: facts(2_500) })).toBe('Round 0, Round 1, Round 2 and 2,497 more');
  });
});
