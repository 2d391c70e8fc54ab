import { describe, expect, it } from 'vitest';
import { namesOf } from '../../../client/src/lib/entity-names.ts';
import { highlightTerms } from '../../../client/src/lib/highlight-terms.ts';
import { apiNode } from './fixtures.ts';

describe('marking names inside quotes', () => {
  it('when a quote names the entity in another case, then the name is marked', () => {
    expect(highlightTerms('Led by Fei-Fei Li and WORLD LABS.', ['World Labs'])).toEqual([
      { text: 'Led by Fei-Fei Li and ', match: false },
      { text: 'WORLD LABS', match: true },
      { text: '.', match: false },
    ]);
  });

  it('when terms overlap, then the longest wins', () => {
    const marked = highlightTerms('World Labs builds world models', ['World', 'World Labs']);
    expect(marked.filter((s) => s.match).map((s) => s.text)).toEqual(['World Labs', 'world']);
  });

  it('when terms are too short or contain regex characters, then nothing breaks', () => {
    expect(highlightTerms('AI (artificial intelligence)', ['AI', '(artificial'])).toEqual([
      { text: 'AI ', match: false },
      { text: '(artificial', match: true },
      { text: ' intelligence)', match: false },
    ]);
    expect(highlightTerms('', ['x'])).toEqual([]);
    expect(highlightTerms('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });
});

describe('the names a quote may use', () => {
  it('when the entity is a person, then the surname counts too', () => {
    const person = { ...apiNode('tim', ['Person'], 'neutral'), caption: 'Tim Lechleider' };
    expect(namesOf(person)).toEqual(['Tim Lechleider', 'Lechleider']);
  });

  it('when the entity has aliases, then they count too', () => {
    const tech = apiNode('llms', ['Technology'], 'llm', { aliases: ['LLMs', 'LLM'] });
    expect(namesOf(tech)).toEqual(['llms', 'LLMs', 'LLM']);
  });
});
