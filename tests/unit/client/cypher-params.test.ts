import { describe, expect, it } from 'vitest';
import {
  comparesWithId,
  declarationsFor,
  paramsInCypher,
  withoutViewHeader,
} from '../../../client/src/features/views/utils/cypher-params.ts';

describe('finding the $parameters of a query', () => {
  it('when a query uses parameters, then each is found once, in order of first use', () => {
    const cypher =
      'MATCH (a {id: $from}), (b {id: $to})\nWHERE a.x > $min AND b.y = $from\nRETURN a';
    expect(paramsInCypher(cypher)).toEqual(['from', 'to', 'min']);
  });

  it('when a dollar is inside a string or a comment, then it is not a parameter', () => {
    const cypher = [
      '// costs $price',
      "MATCH (n) WHERE n.amountText = '$5 \\' $escaped' OR n.name = \"$quoted\"",
      '/* $block */ RETURN n, $real',
    ].join('\n');
    expect(paramsInCypher(cypher)).toEqual(['real']);
  });

  it('when a parameter name is backticked or numbered, then it is found as Neo4j reads it', () => {
    expect(paramsInCypher('RETURN $`odd name`, $0, `$notParam`')).toEqual(['odd name', '0']);
  });

  it('when the text has no parameters, then none are found', () => {
    expect(paramsInCypher('MATCH (n) RETURN n LIMIT 5')).toEqual([]);
    expect(paramsInCypher('RETURN "a" + $')).toEqual([]);
  });
});

describe('declaring the parameters of a query saved as a view', () => {
  it('when values were given, then types and defaults follow them', () => {
    const cypher = 'MATCH (n {name: $name}) WHERE n.year > $year AND n.ok = $ok RETURN n LIMIT $k';
    expect(declarationsFor(cypher, { name: 'Vidu', year: 2025, ok: true, k: 2.5 })).toEqual([
      { name: 'name', type: 'string', default: 'Vidu', description: '' },
      { name: 'year', type: 'integer', default: 2025, description: '' },
      { name: 'ok', type: 'boolean', default: true, description: '' },
      { name: 'k', type: 'float', default: 2.5, description: '' },
    ]);
  });

  it('when a parameter is compared with an id, then it is declared as an entity', () => {
    expect(comparesWithId('MATCH (p:Person {id: $person}) RETURN p', 'person')).toBe(true);
    expect(comparesWithId('MATCH (p) WHERE p.id = $who RETURN p', 'who')).toBe(true);
    expect(comparesWithId('MATCH (p) WHERE p.id = $whom RETURN p', 'who')).toBe(false);
    expect(comparesWithId('MATCH (p {name: $person}) RETURN p', 'person')).toBe(false);
    expect(declarationsFor('MATCH (p {id: $person}) RETURN p', { person: 'zhu-jun' })).toEqual([
      { name: 'person', type: 'entity', default: 'zhu-jun', description: '' },
    ]);
  });

  it('when the query came from a view, then its declarations are kept', () => {
    const known = [
      { name: 'depth', type: 'integer' as const, default: 2, description: 'Hops', min: 1, max: 3 },
    ];
    expect(declarationsFor('RETURN $depth, $extra', {}, known)).toEqual([
      known[0],
      { name: 'extra', type: 'string', default: '', description: '' },
    ]);
  });

  it('when a built-in view is opened in the editor, then its header is left out', () => {
    const file = [
      '// @title Everything near an entity',
      '// @description An entity and its neighbours.',
      '// @category Exploration',
      '// @param entity entity = shengshu | Where to start',
      '// Follows any relationship.',
      'MATCH (start:Entity {id: $entity})',
      'RETURN start',
      '',
    ].join('\n');
    expect(withoutViewHeader(file)).toBe(
      '// Follows any relationship.\nMATCH (start:Entity {id: $entity})\nRETURN start',
    );
  });
});
