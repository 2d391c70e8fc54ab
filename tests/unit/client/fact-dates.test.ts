import { describe, expect, it } from 'vitest';
import { factTimes } from '../../../client/src/lib/fact-dates.ts';
import { seededApiNodes } from './fixtures.ts';

const nodes = seededApiNodes();

describe('factTimes on the seeded funding rounds', () => {
  const times = factTimes(nodes, 2026);

  it('when the article says "early 2026", then the raise sits early in 2026 and is marked rough', () => {
    expect(times.get('ami-labs-raise')).toEqual({ key: 2026.15, rough: true, label: 'early 2026' });
  });

  it("when a round is dated from the article's day, then it comes after every reported 2026 fact", () => {
    const seriesB = times.get('shengshu-series-b')!;
    expect(seriesB.rough).toBe(true);
    expect(seriesB.key).toBeGreaterThan(times.get('ami-labs-raise')!.key);
    expect(seriesB.label).toContain('at publication, 2026');
  });

  it('when a round is "two months before" another, then it sits two months earlier, rough', () => {
    const earlier = times.get('shengshu-earlier-round')!;
    expect(earlier.key).toBeCloseTo(times.get('shengshu-series-b')!.key - 2 / 12, 10);
    expect(earlier.rough).toBe(true);
  });

  it('when an entity has no date, then it is not on the timeline', () => {
    expect(times.has('shengshu')).toBe(false);
    expect([...times.keys()].sort()).toEqual([
      'ami-labs-raise',
      'shengshu-earlier-round',
      'shengshu-series-b',
    ]);
  });
});
