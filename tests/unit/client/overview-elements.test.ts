import { describe, expect, it } from 'vitest';
import {
  groupLabel,
  groupSize,
  linkWidth,
  overviewElements,
  overviewTotals,
  type GroupData,
} from '../../../client/src/features/overview/utils/overview-elements.ts';
import type { OverviewPayload } from '../../../client/src/lib/api-types.ts';

const overview: OverviewPayload = {
  entities: 31_204 + 500 + 80 + 3,
  relationships: 900,
  groups: [
    { id: 'Company|world-model', kind: 'Company', camp: 'world-model', count: 31_204 },
    { id: 'Company|llm', kind: 'Company', camp: 'llm', count: 500 },
    { id: 'FundingRound|neutral', kind: 'FundingRound', camp: 'neutral', count: 80 },
    { id: 'Gadget|both', kind: 'Gadget', camp: 'both', count: 3 },
  ],
  links: [
    { source: 'Company|llm', target: 'Company|world-model', count: 700 },
    { source: 'FundingRound|neutral', target: 'Company|llm', count: 190 },
    { source: 'Company|llm', target: 'Company|llm', count: 10 },
  ],
};

describe('the overview of a database too large to draw', () => {
  const elements = overviewElements(overview);
  const groups = elements.filter((e) => e.group === 'nodes' && !e.classes?.includes('header'));
  const data = (id: string) => groups.find((e) => e.data.id === id)!.data as GroupData;
  const at = (id: string) => groups.find((e) => e.data.id === id)!.position!;

  it('when drawn, then there is one node per group, named with its count', () => {
    expect(groups.map((e) => e.data.id).sort()).toEqual(overview.groups.map((g) => g.id).sort());
    expect(data('Company|world-model').label).toBe('Company · world model — 31,204');
    expect(groupLabel(overview.groups[2]!)).toBe('Funding round · neutral — 80');
  });

  it('when drawn, then columns are camps in reading order and rows are kinds', () => {
    expect(at('Company|llm').x).toBeLessThan(at('Company|world-model').x);
    expect(at('Company|llm').y).toBe(at('Company|world-model').y);
    expect(at('FundingRound|neutral').y).toBeGreaterThan(at('Company|llm').y);
    expect(at('Gadget|both').x).toBeLessThan(at('Company|world-model').x);
  });

  it('when drawn, then bigger groups are bigger nodes and busier links thicker lines', () => {
    expect(data('Company|world-model').size).toBeGreaterThan(data('Company|llm').size);
    expect(groupSize(3, 31_204)).toBeGreaterThan(0);
    expect(linkWidth(700, 700)).toBeGreaterThan(linkWidth(190, 700));
  });

  it('when a link runs within one group, then it is left out', () => {
    const links = elements.filter((e) => e.group === 'edges');
    expect(links).toHaveLength(2);
    expect(links.every((e) => e.data.source !== e.data.target)).toBe(true);
  });

  it('when totalled for the legend, then kinds and camps add up to the entities', () => {
    const { kinds, camps } = overviewTotals(overview);
    const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
    expect(sum(kinds)).toBe(overview.entities);
    expect(sum(camps)).toBe(overview.entities);
    expect(kinds.get('Other')).toBe(3);
  });
});
