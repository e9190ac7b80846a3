// @vitest-environment node
import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/fixtures';
import { cityFrame, fitParticipants, mapHeight } from './map-projection';
import { participantIds } from './roles';
import { testAtlas } from '../../test/test-atlas';

const atlas = testAtlas;

const isoOf = new Map(realDataset.reference.countries.map((c) => [c.id, c.isoNumeric]));
const participants = participantIds(realDataset).map((id) => {
  const found = atlas.find((f) => f.id === isoOf.get(id));
  if (!found) throw new Error(`no shape for ${id}`);
  return found;
});
const city = (id: string) => {
  const found = realDataset.reference.cities.find((c) => c.id === id);
  if (found?.lon === undefined || found.lat === undefined)
    throw new Error(`no city ${id} with coordinates`);
  return { lon: found.lon, lat: found.lat };
};

describe('fitParticipants', () => {
  it('finds a shape for all 13 participants, Turkey included', () => {
    expect(participants).toHaveLength(13);
    expect(participants.map((f) => f.properties.name)).toContain('Turkey');
  });

  for (const [width, height] of [
    [800, 500],
    [360, 300],
  ] as const) {
    it(`frames every participant and the meeting cities in ${width}×${height}`, () => {
      const projection = fitParticipants(participants, width, height);
      const path = geoPath(projection);
      for (const shape of participants) {
        const [[x0, y0], [x1, y1]] = path.bounds(shape);
        expect(x0, shape.properties.name).toBeGreaterThanOrEqual(-1);
        expect(y0, shape.properties.name).toBeGreaterThanOrEqual(-1);
        expect(x1, shape.properties.name).toBeLessThanOrEqual(width + 1);
        expect(y1, shape.properties.name).toBeLessThanOrEqual(height + 1);
      }
      for (const id of ['dushanbe', 'beijing', 'st-petersburg']) {
        const { lon, lat } = city(id);
        const point = projection([lon, lat]);
        expect(point, id).not.toBeNull();
        const [x, y] = point ?? [NaN, NaN];
        expect(x, id).toBeGreaterThanOrEqual(0);
        expect(x, id).toBeLessThanOrEqual(width);
        expect(y, id).toBeGreaterThanOrEqual(0);
        expect(y, id).toBeLessThanOrEqual(height);
      }
    });
  }

  it('uses the frame: the participants touch two opposite edges (within the padding)', () => {
    const projection = fitParticipants(participants, 800, 500);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({
      type: 'FeatureCollection',
      features: participants,
    });
    const touchesSides = x0 < 20 && x1 > 780;
    const touchesTopAndBottom = y0 < 20 && y1 > 480;
    expect(touchesSides || touchesTopAndBottom).toBe(true);
  });

  it('puts the West to the left and the North up', () => {
    const projection = fitParticipants(participants, 800, 500);
    const [stPetersburg, beijing, dushanbe] = ['st-petersburg', 'beijing', 'dushanbe'].map((id) => {
      const { lon, lat } = city(id);
      return projection([lon, lat]) ?? [NaN, NaN];
    });
    expect(stPetersburg?.[0]).toBeLessThan(dushanbe?.[0] ?? NaN);
    expect(dushanbe?.[0]).toBeLessThan(beijing?.[0] ?? NaN);
    expect(stPetersburg?.[1]).toBeLessThan(dushanbe?.[1] ?? NaN);
  });
});

describe('mapHeight', () => {
  it('is landscape on wide screens and never shorter than 300 px', () => {
    expect(mapHeight(800)).toBe(560);
    expect(mapHeight(343)).toBe(300);
    expect(mapHeight(3000)).toBe(640);
  });
});

describe('cityFrame: a chronology without participating states', () => {
  it('frames its cities around their own meridian', () => {
    const { frame, centralMeridian } = cityFrame([
      [-74, 40.7],
      [-43.2, -22.9],
    ]);
    expect(centralMeridian).toBeCloseTo(-58.6, 1);
    const projection = fitParticipants(frame, 800, 500, 14, centralMeridian);
    for (const point of [
      [-74, 40.7],
      [-43.2, -22.9],
    ] as const) {
      const [x, y] = projection([...point]) ?? [NaN, NaN];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(800);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(500);
    }
  });

  it('gives one city some room, and no city the whole world', () => {
    const one = fitParticipants(cityFrame([[2.35, 48.86]]).frame, 800, 500);
    const paris = one([2.35, 48.86]) ?? [NaN, NaN];
    const london = one([-0.13, 51.5]) ?? [NaN, NaN];
    expect(Math.hypot(paris[0] - london[0], paris[1] - london[1])).toBeLessThan(400);
    const none = fitParticipants(cityFrame([]).frame, 800, 500);
    expect(Number.isFinite(none([0, 0])?.[0])).toBe(true);
  });
});
