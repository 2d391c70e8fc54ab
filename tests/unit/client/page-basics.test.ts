import { describe, expect, it } from 'vitest';
import { graphLimitFrom } from '../../../client/src/app/graph-limit.ts';
import { campOf } from '../../../client/src/lib/camps.ts';
import { KIND_STYLES, KINDS, kindOf, labelStyle } from '../../../client/src/lib/entity-kinds.ts';

describe('kinds and camps', () => {
  it('when a node carries several labels, then the most specific known one is its kind', () => {
    expect(kindOf(['Company', 'Investor'])).toBe('Investor');
    expect(kindOf(['Person'])).toBe('Person');
    expect(kindOf(['Unknown', 'Product'])).toBe('Product');
    expect(kindOf(['Unknown'])).toBeNull();
  });

  it('when kinds are drawn, then each has its own colour', () => {
    const colors = KINDS.map((kind) => KIND_STYLES[kind].color);
    expect(new Set(colors).size).toBe(KINDS.length);
    expect(labelStyle('Gadget').name).toBe('Gadget');
  });

  it('when a camp value is missing or unknown, then it is neutral', () => {
    expect(campOf('world-model')).toBe('world-model');
    expect(campOf(undefined)).toBe('neutral');
    expect(campOf('WORLD-MODEL')).toBe('neutral');
  });
});

describe('the ?limit= of the page address', () => {
  it('when it is a positive whole number, then it limits the graph', () => {
    expect(graphLimitFrom('?limit=3')).toBe(3);
  });

  it('when it is missing or not a positive whole number, then the whole graph loads', () => {
    expect(graphLimitFrom('')).toBeUndefined();
    expect(graphLimitFrom('?limit=0')).toBeUndefined();
    expect(graphLimitFrom('?limit=-2')).toBeUndefined();
    expect(graphLimitFrom('?limit=ten')).toBeUndefined();
  });
});
