import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../../server/services/search-terms.ts';

describe('searchTerms', () => {
  it('when the text is one word, then it asks for the word first, then word starts, then the word anywhere', () => {
    expect(searchTerms('Sheng')).toEqual({ prefix: '(sheng)^4 OR (sheng*)', infix: '*sheng*' });
  });

  it('when the text has several words and punctuation, then every run of letters and digits must match', () => {
    expect(searchTerms('world-model  AI')).toEqual({
      prefix: '(world AND model AND ai)^4 OR (world* AND model* AND ai*)',
      infix: '*world* AND *model* AND *ai*',
    });
  });

  it('when the text holds Lucene syntax, then none of it reaches the query', () => {
    const terms = searchTerms('a:b OR (c* ~d) "e"');
    expect(terms?.infix).toBe('*a* AND *b* AND *or* AND *c* AND *d* AND *e*');
  });

  it('when the text has no letters or digits, or characters outside ASCII, then the index is not used', () => {
    expect(searchTerms('!!')).toBeNull();
    expect(searchTerms('€500')).toBeNull();
    expect(searchTerms('生数')).toBeNull();
  });
});
