import { describe, expect, it } from 'vitest';
import { toggleCamp } from '../../../client/src/features/analysis/utils/camp-filter.ts';
import { collapseExpansion } from '../../../client/src/lib/exploration/collapse.ts';
import {
  EMPTY_EXPLORATION,
  readExploration,
  writeExploration,
} from '../../../client/src/lib/exploration/exploration-url.ts';
import { timeKeyOf } from '../../../client/src/features/analysis/utils/time-key.ts';
import { visibleElements } from '../../../client/src/features/analysis/utils/visibility.ts';
import { graphFromPayload } from '../../../client/src/lib/graph-model.ts';
import { apiEdge, apiNode, seedGraph } from './fixtures.ts';

const graph = graphFromPayload({
  nodes: [
    apiNode('alibaba', ['Company', 'Investor'], 'both'),
    apiNode('round', ['FundingRound'], 'world-model', { amount: 2_000_000_000 }),
    apiNode('small-round', ['FundingRound'], 'world-model', { amount: 5_000_000 }),
    apiNode('shengshu', ['Company'], 'world-model'),
    apiNode('chatgpt', ['Product'], 'llm'),
    apiNode('drift', ['Challenge'], 'neutral'),
  ],
  edges: [
    apiEdge('alibaba', 'LED', 'round'),
    apiEdge('shengshu', 'RAISED', 'round'),
    apiEdge('shengshu', 'RAISED', 'small-round'),
    apiEdge('shengshu', 'FACES', 'drift'),
    apiEdge('chatgpt', 'COMPETES_WITH', 'shengshu'),
  ],
});

const none = { ...EMPTY_EXPLORATION };
const noTimes = new Map<string, { key: number }>();

describe('what the filters leave visible', () => {
  it('when nothing is filtered, then everything is visible', () => {
    const visible = visibleElements(graph, none, noTimes);
    expect(visible.nodes.size).toBe(6);
    expect(visible.edges.size).toBe(5);
  });

  it('when a kind is hidden, then its nodes go with their relationships, and investors count as investors', () => {
    const visible = visibleElements(graph, { ...none, hiddenKinds: ['Investor'] }, noTimes);
    expect(visible.nodes.has('alibaba')).toBe(false);
    expect(visible.edges.has('alibaba-LED-round')).toBe(false);
    expect(visible.nodes.has('shengshu')).toBe(true);
  });

  it('when a relationship type is hidden, then only those relationships go', () => {
    const visible = visibleElements(graph, { ...none, hiddenTypes: ['RAISED'] }, noTimes);
    expect([...visible.edges].sort()).toEqual([
      'alibaba-LED-round',
      'chatgpt-COMPETES_WITH-shengshu',
      'shengshu-FACES-drift',
    ]);
    expect(visible.nodes.size).toBe(6);
  });

  it('when camps are chosen, then nodes of other camps go', () => {
    const visible = visibleElements(graph, { ...none, camps: ['llm', 'neutral'] }, noTimes);
    expect([...visible.nodes].sort()).toEqual(['chatgpt', 'drift']);
    expect(visible.edges.size).toBe(0);
  });

  it('when an amount range is set, then rounds outside it go and entities without an amount stay', () => {
    const visible = visibleElements(graph, { ...none, amount: [100_000_000, Infinity] }, noTimes);
    expect(visible.nodes.has('round')).toBe(true);
    expect(visible.nodes.has('small-round')).toBe(false);
    expect(visible.nodes.has('chatgpt')).toBe(true);
  });

  it('when a time is set, then facts dated after it go and undated entities stay', () => {
    const times = new Map([
      ['round', { key: 2026.9 }],
      ['small-round', { key: 2026.1 }],
    ]);
    const visible = visibleElements(graph, { ...none, time: '2026.5' }, times);
    expect(visible.nodes.has('round')).toBe(false);
    expect(visible.nodes.has('small-round')).toBe(true);
    expect(visible.nodes.has('shengshu')).toBe(true);
  });

  it('when entities or relationships are hidden by hand, then exactly they go', () => {
    const visible = visibleElements(
      graph,
      { ...none, hidden: ['drift', 'chatgpt-COMPETES_WITH-shengshu'] },
      noTimes,
    );
    expect(visible.nodes.has('drift')).toBe(false);
    expect(visible.nodes.has('chatgpt')).toBe(true);
    expect(visible.edges.has('chatgpt-COMPETES_WITH-shengshu')).toBe(false);
  });

  it('when the real ecosystem is filtered by kind, then the kind counts match the seed', () => {
    const seed = graphFromPayload(seedGraph());
    const visible = visibleElements(seed, { ...none, hiddenKinds: ['Challenge'] }, noTimes);
    expect(seed.nodes.size - visible.nodes.size).toBe(6);
  });
});

describe('time values', () => {
  it('when a time is a year with a fraction or a rough part of a year, then it has a key', () => {
    expect(timeKeyOf('2026.4')).toBe(2026.4);
    expect(timeKeyOf('2026-early')).toBeCloseTo(2026.15);
    expect(timeKeyOf('soon')).toBeUndefined();
    expect(timeKeyOf('')).toBeUndefined();
  });
});

describe('the camp filter', () => {
  it('when a camp is toggled off and on again, then the list goes back to "all"', () => {
    const off = toggleCamp([], 'llm');
    expect(off).toEqual(['both', 'world-model', 'neutral']);
    expect(toggleCamp(off, 'llm')).toEqual([]);
  });

  it('when the last shown camp would be hidden, then nothing changes', () => {
    expect(toggleCamp(['llm'], 'llm')).toEqual(['llm']);
  });
});

describe('collapsing an expansion', () => {
  // Base: alibaba and round. Expanding round brought shengshu; expanding shengshu brought the rest.
  const base = new Set(['alibaba', 'round']);

  it('when a node is collapsed, then the neighbours only it brought in go, with their relationships', () => {
    const collapsed = collapseExpansion(graph, base, ['round', 'shengshu'], 'shengshu');
    expect([...collapsed.nodes.keys()].sort()).toEqual(['alibaba', 'round', 'shengshu']);
    expect([...collapsed.edges.keys()].sort()).toEqual([
      'alibaba-LED-round',
      'shengshu-RAISED-round',
    ]);
  });

  it('when a neighbour is in the base, expanded, or next to another expanded node, then it stays', () => {
    // shengshu touches round, which is still expanded: collapsing alibaba keeps it; round is base.
    const collapsed = collapseExpansion(graph, base, ['round', 'alibaba', 'shengshu'], 'round');
    expect(collapsed.nodes.has('shengshu')).toBe(true);
    expect(collapsed.nodes.has('alibaba')).toBe(true);
  });

  it('when nothing would go, then the same model comes back', () => {
    expect(collapseExpansion(graph, base, ['alibaba'], 'alibaba')).toBe(graph);
  });
});

describe('amount ranges in the address', () => {
  it('when a range has an open end, then it survives the address', () => {
    const state = { ...EMPTY_EXPLORATION, amount: [1_000_000, Infinity] as [number, number] };
    const params = writeExploration(new URLSearchParams(), state);
    expect(params.get('x-amount')).toBe('1000000~');
    expect(readExploration(params).amount).toEqual([1_000_000, Infinity]);
  });

  it('when a bound is not a number, then the range is ignored', () => {
    expect(readExploration(new URLSearchParams('x-amount=abc~5')).amount).toBeUndefined();
  });
});
