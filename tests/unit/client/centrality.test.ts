import { describe, expect, it } from 'vitest';
import {
  betweennessCentrality,
  degreeCentrality,
  pageRank,
} from '../../../client/src/features/analysis/utils/centrality.ts';
import { detectCommunities } from '../../../client/src/features/analysis/utils/communities.ts';
import type { SimpleGraph } from '../../../client/src/features/analysis/utils/simple-graph.ts';

/** a - b - c - d, plus e hanging off b. */
const path: SimpleGraph = {
  nodes: ['a', 'b', 'c', 'd', 'e'],
  links: [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['b', 'e'],
  ],
};

describe('centrality on a small graph, against values worked out by hand', () => {
  it('when degree is asked, then each node counts its distinct neighbours', () => {
    expect(Object.fromEntries(degreeCentrality(path))).toEqual({ a: 1, b: 3, c: 2, d: 1, e: 1 });
  });

  it('when betweenness is asked, then b lies on 5 shortest paths and c on 3', () => {
    // b: a–c, a–d, a–e, c–e, d–e = 5; c: a–d, b–d, e–d = 3.
    expect(Object.fromEntries(betweennessCentrality(path))).toEqual({
      a: 0,
      b: 5,
      c: 3,
      d: 0,
      e: 0,
    });
  });

  it('when two shortest paths tie, then each carries half', () => {
    const square: SimpleGraph = {
      nodes: ['a', 'b', 'c', 'd'],
      links: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
      ],
    };
    expect(Object.fromEntries(betweennessCentrality(square))).toEqual({
      a: 0.5,
      b: 0.5,
      c: 0.5,
      d: 0.5,
    });
  });

  it('when PageRank is asked on a star, then the centre holds what the hand calculation gives and ranks sum to 1', () => {
    const star: SimpleGraph = {
      nodes: ['hub', 'x', 'y', 'z'],
      links: [
        ['hub', 'x'],
        ['hub', 'y'],
        ['hub', 'z'],
      ],
    };
    const rank = pageRank(star);
    // Each leaf r = a + 0.85·h/3 and the hub h = a + 0.85·3r, with a = 0.15/4.
    // So h = 3.55a / (1 − 0.7225) and r = (1 − h) / 3.
    const a = 0.15 / 4;
    const hub = (3.55 * a) / (1 - 0.7225);
    const leaf = (1 - hub) / 3;
    expect(rank.get('hub')).toBeCloseTo(hub, 8);
    expect(rank.get('x')).toBeCloseTo(leaf, 8);
    expect([...rank.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

describe('detectCommunities', () => {
  it('when two triangles are joined by one link, then each triangle is a community', () => {
    const graph: SimpleGraph = {
      nodes: ['a', 'b', 'c', 'x', 'y', 'z'],
      links: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['x', 'y'],
        ['y', 'z'],
        ['z', 'x'],
        ['c', 'x'],
      ],
    };
    const community = detectCommunities(graph);
    expect(community.get('a')).toBe(community.get('b'));
    expect(community.get('b')).toBe(community.get('c'));
    expect(community.get('x')).toBe(community.get('z'));
    expect(community.get('a')).not.toBe(community.get('x'));
  });

  it('when a graph has no links, then every node is its own community', () => {
    const community = detectCommunities({ nodes: ['p', 'q'], links: [] });
    expect(new Set(community.values()).size).toBe(2);
  });

  it('when run twice, then the answer is the same', () => {
    expect([...detectCommunities(path)]).toEqual([...detectCommunities(path)]);
  });
});
