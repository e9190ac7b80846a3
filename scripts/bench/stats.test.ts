import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, summarise, table } from './stats';

describe('summarise', () => {
  it('gives the median, range and count of the runs that gave a value', () => {
    expect(summarise([412, null, 380, undefined, 455, Number.NaN])).toEqual({
      median: 412,
      min: 380,
      max: 455,
      n: 3,
      samples: [412, 380, 455],
    });
  });

  it('takes the mean of the middle two for an even count, rounded to a tenth', () => {
    expect(summarise([10, 40, 20, 30.04])?.median).toBe(25);
    expect(summarise([1.04, 1.06])?.median).toBe(1.1);
  });

  it('is null when no run gave a value', () => {
    expect(summarise([])).toBeNull();
    expect(summarise([null, undefined, Number.POSITIVE_INFINITY])).toBeNull();
  });

  it('puts the median between the least and the greatest, whatever the runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 1 }),
        (values) => {
          const s = summarise(values);
          expect(s).not.toBeNull();
          expect(s!.min).toBeLessThanOrEqual(s!.median);
          expect(s!.median).toBeLessThanOrEqual(s!.max);
          expect(s!.n).toBe(values.length);
        },
      ),
    );
  });
});

describe('cell', () => {
  it('prints a median with its range, a single run alone, and a dash for none', () => {
    expect(cell(summarise([412, 380, 455]))).toBe('412 [380–455]');
    expect(cell(summarise([48.25, 51.5]), 1)).toBe('49.9 [48.3–51.5]');
    expect(cell(summarise([412]))).toBe('412');
    expect(cell(null)).toBe('—');
  });
});

describe('table', () => {
  it('pads every column to its widest cell', () => {
    expect(
      table(
        ['N', 'first paint'],
        [
          ['15', '539'],
          ['100,000', '2513 [2485–2546]'],
        ],
      ),
    ).toBe(
      [
        '| N       | first paint      |',
        '|---------|------------------|',
        '| 15      | 539              |',
        '| 100,000 | 2513 [2485–2546] |',
      ].join('\n'),
    );
  });
});
