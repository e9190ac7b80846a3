import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_RADIUS, MIN_RADIUS, markerScale, maxRadius } from './marker-scale';

describe('markerScale', () => {
  it('gives the busiest city the largest radius', () => {
    expect(markerScale(8, 16)(8)).toBe(16);
  });

  it('scales area, not radius, with the count', () => {
    const radius = markerScale(8, 16);
    expect(radius(2) ** 2 / radius(8) ** 2).toBeCloseTo(2 / 8);
  });

  it('still draws a city with no meetings, at the empty size', () => {
    expect(markerScale(8, 16)(0)).toBe(EMPTY_RADIUS);
  });

  it('keeps one meeting visible even beside a very busy city', () => {
    expect(markerScale(1000, 16)(1)).toBe(MIN_RADIUS);
  });

  it('never exceeds the largest radius, even for counts above the domain', () => {
    expect(markerScale(8, 16)(20)).toBe(16);
  });

  it('survives an empty dataset (busiest 0)', () => {
    expect(markerScale(0, 16)(0)).toBe(EMPTY_RADIUS);
    expect(markerScale(0, 16)(1)).toBe(16);
  });

  it('grows with the count and stays within [EMPTY_RADIUS, largest]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(600), fc.nat(600), (busiest, a, b) => {
        const radius = markerScale(busiest, 16);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(radius(lo)).toBeLessThanOrEqual(radius(hi));
        expect(radius(hi)).toBeLessThanOrEqual(16);
        expect(radius(lo)).toBeGreaterThanOrEqual(EMPTY_RADIUS);
      }),
    );
  });
});

describe('maxRadius', () => {
  it('is smaller on phones and capped on wide screens', () => {
    expect(maxRadius(343)).toBe(9);
    expect(maxRadius(768)).toBe(16);
    expect(maxRadius(2000)).toBe(18);
  });
});
