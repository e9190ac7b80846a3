import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { contextFor } from '../../test/export-fixtures';
import { toCities, toGeoJson } from './to-geojson';

/** The RFC 7946 shape of a FeatureCollection of Points (§3.1.2, §3.2, §3.3, §4). */
function expectRfc7946Points(value: unknown) {
  const collection = value as { type: string; features: unknown[] };
  expect(collection.type).toBe('FeatureCollection');
  expect(Array.isArray(collection.features)).toBe(true);
  for (const raw of collection.features) {
    const feature = raw as { type: string; id?: unknown; geometry: { type: string; coordinates: number[] }; properties: unknown };
    expect(feature.type).toBe('Feature');
    expect(['string', 'number']).toContain(typeof feature.id);
    expect(feature.geometry.type).toBe('Point');
    const [lon, lat, ...rest] = feature.geometry.coordinates;
    expect(rest.length).toBeLessThanOrEqual(1);
    expect(lon).toBeGreaterThanOrEqual(-180);
    expect(lon).toBeLessThanOrEqual(180);
    expect(lat).toBeGreaterThanOrEqual(-90);
    expect(lat).toBeLessThanOrEqual(90);
    expect(typeof feature.properties).toBe('object');
    // Members the RFC reserves for other objects never appear on a Feature.
    expect(feature).not.toHaveProperty('features');
    expect(feature).not.toHaveProperty('coordinates');
  }
}

describe('toCities', () => {
  it('has a Point per city of the view, longitude first, with its name, country and count', () => {
    const dushanbe = realIndex.meetings.filter((m) => m.cityId === 'dushanbe');
    const collection = toCities(contextFor({ city: ['dushanbe'] }), dushanbe);
    expectRfc7946Points(collection);
    expect(collection.features).toHaveLength(1);
    const city = realIndex.cityById.get('dushanbe')!;
    expect(collection.features[0]).toEqual({
      type: 'Feature',
      id: 'dushanbe',
      geometry: { type: 'Point', coordinates: [city.lon, city.lat] },
      properties: { name: 'Dushanbe', country: 'Tajikistan', meetings: 3 },
    });
    expect(collection.view).toContain('city=dushanbe');
  });

  it('counts every meeting of the whole dataset once, busiest city first', () => {
    const collection = JSON.parse(toGeoJson(contextFor(), realIndex.meetings)) as ReturnType<typeof toCities>;
    expectRfc7946Points(collection);
    const total = collection.features.reduce((sum, f) => sum + f.properties.meetings, 0);
    expect(total).toBe(realIndex.meetings.length);
    const counts = collection.features.map((f) => f.properties.meetings);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('leaves out a city without coordinates', () => {
    const context = contextFor();
    const cityById = new Map(realIndex.cityById);
    cityById.set('dushanbe', { id: 'dushanbe', name: 'Dushanbe', countryId: 'tajikistan' });
    const collection = toCities({ ...context, index: { ...realIndex, cityById } }, realIndex.meetings);
    expect(collection.features.map((f) => f.id)).not.toContain('dushanbe');
  });
});
