import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../common/domain.ts';
import {
  findSeedProblems,
  loadSeedData,
  relationshipId,
  type SeedNode,
  type SeedRelationship,
} from '../../../server/seed/seed-data.ts';

const article = 'Alibaba Cloud has led a round. ShengShu makes Vidu.';
const node = (id: string, quote = 'ShengShu makes Vidu.'): SeedNode => ({
  id,
  labels: ['Company'],
  name: id,
  camp: 'neutral',
  properties: {},
  quotes: [quote],
});
const rel = (source: string, target: string, quote = 'ShengShu makes Vidu.'): SeedRelationship => ({
  id: relationshipId(source, 'DEVELOPS', target),
  type: 'DEVELOPS',
  source,
  target,
  properties: {},
  quotes: [quote],
});

describe('findSeedProblems', () => {
  it('when everything is quoted verbatim and connected, then there is no problem', () => {
    expect(findSeedProblems(article, [node('a'), node('b')], [rel('a', 'b')])).toEqual([]);
  });

  it('when a quote is not verbatim in the article, then the node is named', () => {
    expect(findSeedProblems(article, [node('a', 'ShengShu builds Vidu.')], [])).toEqual([
      'node a quotes text not in the article: "ShengShu builds Vidu."',
    ]);
  });

  it('when a relationship points at an unknown node or repeats, then each problem is listed', () => {
    const problems = findSeedProblems(article, [node('a')], [rel('a', 'x'), rel('a', 'x')]);
    expect(problems).toContain('relationship a-DEVELOPS-x ends at unknown node x');
    expect(problems).toContain('relationship a-DEVELOPS-x is listed twice');
  });

  it('when an id is used twice, then it is reported', () => {
    expect(findSeedProblems(article, [node('a'), node('a')], [])).toContain(
      'node id a is used twice',
    );
  });
});

describe('the seed files', () => {
  const data = loadSeedData();

  it('when loaded, then they pass every check and cover the kinds the product shows', () => {
    const labels = new Set(data.nodes.flatMap((n) => n.labels));
    for (const label of ENTITY_KINDS) expect(labels).toContain(label);
  });

  it('when loaded, then both camps are present', () => {
    const camps = new Set(data.nodes.map((n) => n.camp));
    expect(camps).toContain('llm');
    expect(camps).toContain('world-model');
  });

  it('when the Series B is read, then its amount stays as rough as the article gives it', () => {
    const round = data.nodes.find((n) => n.id === 'shengshu-series-b');
    expect(round?.properties).toMatchObject({
      amount: 2_000_000_000,
      currency: 'CNY',
      amountUsd: 290_000_000,
    });
    expect(String(round?.properties.amountUsdNote)).toMatch(/article.s own conversion/);
  });

  it('when the article file is compared with the shared source, then the project copy is whole', () => {
    expect(data.article).toContain('Alibaba Leads $290 Million Bet on World Models');
    expect(data.article).toContain('their utility for robotics will remain confined');
  });
});
