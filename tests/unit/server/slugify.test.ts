import { describe, expect, it } from 'vitest';
import { slugify } from '../../../server/services/view-service.ts';

// A saved view's id is its title's slug: it appears in links people share, so it must be stable,
// readable and never empty.
describe('slugify', () => {
  it('when the title has spaces and punctuation, then each run of them becomes one dash, none at either end', () => {
    expect(slugify('¿Who   funds  robots?!')).toBe('who-funds-robots');
  });

  it('when the title has accented letters, then they keep their base letter', () => {
    expect(slugify('Café Società')).toBe('cafe-societa');
  });

  it('when the title is longer than 60 characters, then it is cut at 60 without a dash at the end', () => {
    expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(slugify('b'.repeat(80))).toBe('b'.repeat(60));
  });

  it('when nothing in the title is a letter or digit, then the slug is "view"', () => {
    expect(slugify('???')).toBe('view');
    expect(slugify('世界模型')).toBe('view');
  });
});
