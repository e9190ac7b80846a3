// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/fixtures';
import { geoContains } from 'd3-geo';
import { isOnMap, projectMap } from './map-geometry';
import { fitParticipants } from './map-projection';
import { participantIds } from './roles';
import { testAtlas } from '../../test/test-atlas';

const atlas = testAtlas;
const { countries, cities } = realDataset.reference;
const geometry = projectMap(atlas, countries, participantIds(realDataset), cities, 800, 500);

describe('projectMap', () => {
  it('projects every participant and every city', () => {
    expect([...geometry.participants.keys()].sort()).toEqual(
      [...participantIds(realDataset)].sort(),
    );
    expect(geometry.cities.size).toBe(cities.length);
  });

  it('draws neighbours by their outline alone: no label is placed for them', () => {
    expect(geometry.context.length).toBeGreaterThan(0);
    for (const neighbour of geometry.context) expect(Object.keys(neighbour).sort()).toEqual(['d', 'key']);
    for (const state of geometry.participants.values()) expect(state.labelSpots.length).toBeGreaterThan(0);
  });

  it('keeps neighbours in the frame as context and leaves far-away countries out', () => {
    const names = new Set(geometry.context.map((c) => c.key));
    expect(names.has('804')).toBe(true); // Ukraine
    expect(names.has('076')).toBe(false); // Brazil
    expect(geometry.context.length).toBeLessThan(atlas.length - 13);
  });

  it('gives every shape it draws a distinct key, the territories without an ISO code too', () => {
    const keys = [...geometry.context, ...geometry.participants.values()].map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('N. Cyprus');
  });

  it('anchors each participant’s label inside the frame, Russia’s on its mainland', () => {
    for (const [id, country] of geometry.participants) {
      const [x, y] = country.labelAt;
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(800);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(500);
    }
    const russia = geometry.participants.get('russia');
    expect(russia?.labelRoom[0]).toBeGreaterThan(300);
  });

  it('offers label spots inside the state itself: China’s, none of them in Mongolia', () => {
    const shapeOf = (iso: string) => atlas.find((f) => f.id === iso);
    const china = shapeOf('156');
    const mongolia = shapeOf('496');
    if (!china || !mongolia) throw new Error('no shapes');
    const ids = participantIds(realDataset);
    const isos = new Set(countries.filter((c) => ids.includes(c.id)).map((c) => c.isoNumeric));
    const projection = fitParticipants(
      atlas.filter((f) => isos.has(String(f.id))),
      800,
      500,
    );
    const spots = geometry.participants.get('china')?.labelSpots ?? [];
    expect(spots.length).toBeGreaterThan(10);
    for (const spot of spots) {
      const lonLat = projection.invert?.(spot);
      if (!lonLat) throw new Error('no inverse');
      expect(geoContains(china, lonLat)).toBe(true);
      expect(geoContains(mongolia, lonLat)).toBe(false);
    }
    // Every participant's spots, tested on the sphere: inside it, in no other participant.
    const shapes = new Map(countries.filter((c) => ids.includes(c.id)).map((c) => [c.id, shapeOf(c.isoNumeric ?? '')]));
    let checked = 0;
    for (const [id, projected] of geometry.participants) {
      for (const spot of projected.labelSpots) {
        const lonLat = projection.invert?.(spot);
        if (!lonLat) throw new Error('no inverse');
        for (const [otherId, shape] of shapes) {
          if (shape) expect(geoContains(shape, lonLat), `${id} spot in ${otherId}`).toBe(otherId === id);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('isOnMap', () => {
  const [city] = cities;
  if (!city) throw new Error('no city');

  it('places a city with coordinates before the shapes arrive, and once they have', () => {
    expect(isOnMap(city, null)).toBe(true);
    expect(isOnMap(city, geometry)).toBe(true);
  });

  it('never places a city without coordinates, shapes or not', () => {
    const unplaced = { id: 'nowhere', lon: undefined, lat: undefined };
    expect(isOnMap(unplaced, null)).toBe(false);
    expect(isOnMap(unplaced, geometry)).toBe(false);
    expect(isOnMap(undefined, null)).toBe(false);
  });

  it('leaves out a city the projection could not place', () => {
    expect(isOnMap({ ...city, id: 'not-projected' }, geometry)).toBe(false);
  });
});
