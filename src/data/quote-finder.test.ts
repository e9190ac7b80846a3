import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteFinder } from './quote-finder';

/** The finder it replaced: whole paragraphs, one by one, from the previous hit's. */
function referenceFinder(paragraphs: readonly string[]): (quote: string) => number {
  let last = 0;
  return (quote) => {
    for (let step = 0; step < paragraphs.length; step++) {
      const index = (last + step) % paragraphs.length;
      if (paragraphs[index]?.includes(quote)) {
        last = index;
        return index;
      }
    }
    return -1;
  };
}

/** Short strings of a tiny alphabet, so that quotes repeat, overlap and straddle paragraphs. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' '), maxLength: 6 });

describe('quoteFinder', () => {
  it('answers every sequence of quotes as the paragraph-by-paragraph search did (property)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 6 }),
        fc.array(word, { maxLength: 20 }),
        (paragraphs, quotes) => {
          const find = quoteFinder(paragraphs);
          const expected = referenceFinder(paragraphs);
          for (const quote of quotes) expect(find(quote)).toBe(expected(quote));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('also for quotes taken from the paragraphs, in and out of order (property)', () => {
    const paragraphsAndQuotes = fc
      .array(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 30 }),
        { minLength: 1, maxLength: 8 },
      )
      .chain((paragraphs) =>
        fc.tuple(
          fc.constant(paragraphs),
          fc.array(
            fc
              .tuple(fc.nat(paragraphs.length - 1), fc.nat(), fc.nat(8))
              .map(([p, start, length]) => {
                const text = paragraphs[p] ?? '';
                const from = start % (text.length + 1);
                return text.slice(from, from + length);
              }),
            { maxLength: 30 },
          ),
        ),
      );
    fc.assert(
      fc.property(paragraphsAndQuotes, ([paragraphs, quotes]) => {
        const find = quoteFinder(paragraphs);
        const expected = referenceFinder(paragraphs);
        for (const quote of quotes) expect(find(quote)).toBe(expected(quote));
      }),
      { numRuns: 3000 },
    );
  });

  it('does not match across a paragraph boundary, whatever the paragraphs hold', () => {
    const find = quoteFinder(['one two', 'three\nfour', 'five']);
    expect(find('two\nthree')).toBe(-1);
    expect(find('two three')).toBe(-1);
    expect(find('three\nfour')).toBe(1);
    expect(find('four\nfive')).toBe(-1);
    expect(find('five')).toBe(2);
    // Out of order: back to the first paragraph, then on again.
    expect(find('one')).toBe(0);
    expect(find('four')).toBe(1);
  });
});
