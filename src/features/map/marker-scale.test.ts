import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_RADIUS, MIN_RADIUS, markerRadius, markerScale, maxRadius } from './marker-scale';

describe('markerScale', () => {
  it('gives the busiest city the largest radius', () => {
    expect(markerRadius(8, 8, 16)).toBe(16);
  });

  it('scales area, not radius, with the count', () => {
    const radius = markerScale(8, 16);
    expect(radius(2) ** 2 / radius(8) ** 2).toBeCloseTo(2 / 8);
  });

  it('still draws a city with no meetings, at the empty size', () => {
    expect(markerRadius(0, 8, 16)).toBe(EMPTY_RADIUS);
  });

  it('keeps one meeting visible even beside a very busy city', () => {
    expect(markerRadius(1, 1000, 16)).toBe(MIN_RADIUS);
  });

  it('never exceeds the largest radius, even for counts above the domain', () => {
    expect(markerRadius(20, 8, 16)).toBe(16);
  });

  it('survives an empty dataset (busiest 0)', () => {
    expect(markerRadius(0, 0, 16)).toBe(EMPTY_RADIUS);
    expect(markerRadius(1, 0, 16)).toBe(16);
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
