import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdAllocator, MAX_SLUG_LENGTH, slugify } from './slug';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    ['Meeting of defence ministers 2012-06-07', 'meeting-of-defence-ministers-2012-06-07'],
    ['  Côte d’Ivoire  ', 'cote-d-ivoire'],
    ['St. Petersburg', 'st-petersburg'],
    ['Встреча министров обороны', 'vstrecha-ministrov-oborony'],
    ['Straße', 'strasse'],
    ['会议', ''],
    ['!!!', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts a long slug at a hyphen', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG);
    expect(slugify('x'.repeat(10_000))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });

  it('always gives a slug or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const slug = slugify(text);
        expect(slug === '' || SLUG.test(slug)).toBe(true);
      }),
    );
  });
});

describe('IdAllocator', () => {
  it('numbers repeats from 2 and never hands out a reserved id', () => {
    const ids = new IdAllocator();
    ids.reserve('a-2');
    expect([ids.allocate('a'), ids.allocate('a'), ids.allocate('a'), ids.allocate('b')]).toEqual([
      'a',
      'a-3',
      'a-4',
      'b',
    ]);
  });
});
