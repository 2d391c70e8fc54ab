import { describe, expect, it } from 'vitest';
import { EntityResolver } from '../../../server/sources/entity-resolver.ts';
import { nameKey, oneEditApart, slugOf } from '../../../server/sources/name-keys.ts';

const graph = () =>
  new EntityResolver([
    { id: 'nvidia', name: 'NVIDIA', aliases: [] },
    { id: 'fei-fei-li', name: 'Fei-Fei Li', aliases: [] },
    { id: 'world-labs', name: 'World Labs', aliases: [] },
    { id: 'alibaba-cloud', name: 'Alibaba Cloud', aliases: [] },
    { id: 'llms', name: 'Large Language Models', aliases: ['LLMs'] },
    { id: 'shengshu', name: 'ShengShu', aliases: [] },
  ]);

describe('name keys', () => {
  it.each([
    ['Nvidia', 'NVIDIA'],
    ['Fei Fei Li', 'Fei-Fei Li'],
    ['Alibaba Cloud Inc.', 'Alibaba Cloud'],
    ['Zoë Ltd', 'zoe'],
    ['AMI Labs, LLC', 'ami labs'],
  ])('when "%s" is keyed, then it meets "%s"', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('when a name is only a suffix, then it is kept', () => {
    expect(nameKey('Co')).toBe('co');
  });

  it.each([
    ['worldlab', 'worldlabs', true],
    ['nvidea', 'nvidia', true],
    ['shengshu', 'shenshu', true],
    ['meta', 'beta', true],
    ['meta', 'metal', true],
    ['meta', 'meta', false],
    ['meta', 'mettle', false],
    ['abcd', 'badc', false],
  ])('when "%s" and "%s" are compared, then one edit apart is %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
    expect(oneEditApart(b, a)).toBe(expected);
  });

  it('when a slug is made, then it is lower-case kebab ASCII', () => {
    expect(slugOf('Zoë & Partners, Inc.')).toBe('zoe-partners');
  });
});

describe('resolving a name to the graph', () => {
  it('when the name or an alias matches after normalisation, then it is matched, saying how', () => {
    const resolver = graph();
    expect(resolver.resolve('Nvidia', undefined)).toEqual({
      kind: 'matched',
      id: 'nvidia',
      by: 'name',
    });
    expect(resolver.resolve('LLMs', undefined)).toEqual({
      kind: 'matched',
      id: 'llms',
      by: 'alias',
    });
    expect(resolver.resolve('Fei Fei Li', undefined)).toMatchObject({ id: 'fei-fei-li' });
  });

  it('when a name is one letter off or shares a rare word, then it is ambiguous with its candidates', () => {
    const resolver = graph();
    expect(resolver.resolve('World Lab', undefined)).toEqual({
      kind: 'ambiguous',
      candidates: [
        { id: 'world-labs', name: 'World Labs', reason: 'one letter apart from "World Lab"' },
      ],
    });
    expect(resolver.resolve('ShengShu Robotics', undefined)).toEqual({
      kind: 'ambiguous',
      candidates: [{ id: 'shengshu', name: 'ShengShu', reason: 'shares the word "shengshu"' }],
    });
  });

  it('when a word is common, then sharing it suggests nothing', () => {
    expect(graph().resolve('Cloud Nine Ventures', undefined)).toEqual({
      kind: 'new',
      id: 'cloud-nine-ventures',
    });
  });

  it('when settled, then the settlement decides', () => {
    const resolver = graph();
    expect(resolver.resolve('World Lab', undefined, 'world-labs')).toEqual({
      kind: 'matched',
      id: 'world-labs',
      by: 'settled',
    });
    expect(resolver.resolve('World Lab', undefined, 'new')).toEqual({
      kind: 'new',
      id: 'world-lab',
    });
  });

  it('when a new slug is taken, then a number is added', () => {
    const resolver = graph();
    expect(resolver.freshId('NVIDIA')).toBe('nvidia-2');
    expect(resolver.freshId('NVIDIA')).toBe('nvidia-3');
  });

  it('when a source gives its own new id for a name the graph has, then it is ambiguous, not a duplicate', () => {
    expect(graph().resolve('NVIDIA', 'nvidia-corp')).toMatchObject({ kind: 'ambiguous' });
    expect(graph().resolve('Qiming', 'qiming')).toEqual({ kind: 'new', id: 'qiming' });
  });
});
