/**
 * The cities of a view as GeoJSON (RFC 7946): a FeatureCollection of Points, one per city that
 * hosts a meeting of the view, with its name, its country and how many of the view's meetings
 * it hosts. Positions are [longitude, latitude] in WGS 84, as the RFC requires. A city without
 * coordinates (a user's, unknown to the reference data) cannot be a Point and is left out.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { viewLink, type ExportContext } from './export-context';

export interface CityFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { name: string; country: string; meetings: number };
}

export interface CitiesCollection {
  type: 'FeatureCollection';
  features: CityFeature[];
  /** Foreign members (RFC 7946 §6.1): where the data comes from and the view that selected it. */
  dataset: { id: string; title: string; version: string };
  view: string;
}

export function toCities(context: ExportContext, meetings: readonly MeetingRecord[]): CitiesCollection {
  const { index } = context;
  const counts = new Map<string, number>();
  for (const meeting of meetings) counts.set(meeting.cityId, (counts.get(meeting.cityId) ?? 0) + 1);
  const features: CityFeature[] = [];
  for (const [cityId, count] of counts) {
    const city = index.cityById.get(cityId);
    if (city?.lat === undefined || city.lon === undefined) continue;
    features.push({
      type: 'Feature',
      id: city.id,
      geometry: { type: 'Point', coordinates: [city.lon, city.lat] },
      properties: {
        name: city.name,
        country: index.countryById.get(city.countryId)?.name ?? city.countryId,
        meetings: count,
      },
    });
  }
  features.sort((a, b) => b.properties.meetings - a.properties.meetings || a.properties.name.localeCompare(b.properties.name));
  const { id, title, version } = index.dataset;
  return { type: 'FeatureCollection', features, dataset: { id, title, version }, view: viewLink(context) };
}

export function toGeoJson(context: ExportContext, meetings: readonly MeetingRecord[]): string {
  return `${JSON.stringify(toCities(context, meetings), null, 2)}\n`;
}
