import { describe, expect, it } from 'vitest';
import {
  coerceParam,
  formatViewHeader,
  parseViewHeader,
  type ViewParam,
} from '../../../server/views/view-header.ts';

const file = `// @title Everything near an entity
// @description An entity and its surroundings.
// @category Exploration
// @param entity entity = shengshu | Where to start
// @param depth integer = 2 (1..3) | How many hops
// @param camp choice = llm (llm, world-model) | Which camp
MATCH (n) RETURN n`;

describe('parseViewHeader', () => {
  it('when a file opens with a full header, then title, description, category and typed params are read', () => {
    expect(parseViewHeader(file)).toEqual({
      title: 'Everything near an entity',
      description: 'An entity and its surroundings.',
      category: 'Exploration',
      params: [
        { name: 'entity', type: 'entity', default: 'shengshu', description: 'Where to start' },
        {
          name: 'depth',
          type: 'integer',
          default: 2,
          min: 1,
          max: 3,
          description: 'How many hops',
        },
        {
          name: 'camp',
          type: 'choice',
          default: 'llm',
          choices: ['llm', 'world-model'],
          description: 'Which camp',
        },
      ],
    });
  });

  it('when the header is written back, then it parses to the same header', () => {
    const header = parseViewHeader(file);
    expect(parseViewHeader(formatViewHeader(header))).toEqual(header);
  });

  it('when a header lacks a title, then the error says so', () => {
    expect(() => parseViewHeader('// @description x\n// @category y\nRETURN 1')).toThrow(
      'the header has no @title',
    );
  });

  it('when a default does not fit its type, then the error names the parameter', () => {
    expect(() =>
      parseViewHeader(
        '// @title t\n// @description d\n// @category c\n// @param depth integer = deep',
      ),
    ).toThrow('@param depth has a default that must be a number');
  });

  it('when comments come after the query starts, then they are not part of the header', () => {
    const header = parseViewHeader(
      '// @title t\n// @description d\n// @category c\nRETURN 1\n// @param x string = y',
    );
    expect(header.params).toEqual([]);
  });
});

describe('coerceParam', () => {
  const depth: ViewParam = {
    name: 'depth',
    type: 'integer',
    default: 2,
    description: '',
    min: 1,
    max: 3,
  };
  it.each([
    ['2', { ok: true, value: 2 }],
    [3, { ok: true, value: 3 }],
    ['4', { ok: false, problem: 'must be at most 3' }],
    ['', { ok: false, problem: 'must be a number' }],
    ['1.5', { ok: false, problem: 'must be a whole number' }],
  ])('when an integer parameter gets %j, then the answer is %j', (raw, expected) => {
    expect(coerceParam(depth, raw)).toEqual(expected);
  });

  it('when a boolean parameter gets text from a URL, then "true" and "false" are understood', () => {
    const flag: ViewParam = { name: 'f', type: 'boolean', default: false, description: '' };
    expect(coerceParam(flag, 'true')).toEqual({ ok: true, value: true });
    expect(coerceParam(flag, 'yes')).toEqual({ ok: false, problem: 'must be true or false' });
  });
});
