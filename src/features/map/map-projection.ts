/**
 * The map's projection: an equal-area conic suited to Eurasia's mid-latitudes, so that
 * Russia, Kazakhstan and China keep their true relative sizes, centred on Central Asia
 * where most meetings were held. It is fitted to the participating states (Turkey to
 * China, Russia to India) and neighbouring countries fill the margins as context.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** A country from world-atlas: `id` is its ISO 3166-1 numeric code ("004"). */
export type CountryFeature = Feature<Geometry, { name: string }>;

/** Standard parallels either side of the participants' latitudes; central meridian 80°E. */
const PARALLELS: [number, number] = [25, 55];
const CENTRAL_MERIDIAN = 80;
/** Room between the participants and the map's edge, for labels and marker rings. */
export const MAP_PADDING = 14;

/**
 * A map height for a width: wide screens get a landscape frame (neighbours fill the sides),
 * phones a squarer one, because the participants themselves are about as tall as wide.
 */
export function mapHeight(width: number): number {
  return Math.round(Math.min(640, Math.max(300, width * 0.7)));
}

/** The projection fitted so every participating state lies inside width × height. */
export function fitParticipants(
  participants: readonly Feature[],
  width: number,
  height: number,
  padding = MAP_PADDING,
  centralMeridian = CENTRAL_MERIDIAN,
): GeoProjection {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...participants] };
  const pad = Math.min(padding, width / 4, height / 4);
  return geoConicEqualArea()
    .parallels(PARALLELS)
    .rotate([-centralMeridian, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      collection,
    );
}

/** A city's place on the globe: longitude and latitude. */
export type LonLat = [number, number];

/**
 * What frames a chronology without participating states (a user's): its placed cities, at
 * least a few degrees across so one city is not drawn at a street's scale, and the meridian
 * through their middle, so a map of the Americas is not drawn around Central Asia.
 */
export function cityFrame(points: readonly LonLat[]): { frame: Feature[]; centralMeridian: number } {
  if (points.length === 0) {
    return { frame: [{ type: 'Feature', properties: null, geometry: { type: 'MultiPoint', coordinates: [[-170, -60], [170, 75]] } }], centralMeridian: CENTRAL_MERIDIAN };
  }
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const centralMeridian = (west + east) / 2;
  const halfWidth = Math.max((east - west) / 2, 8);
  const halfHeight = Math.max((north - south) / 2, 5);
  const middleLat = (north + south) / 2;
  const corners: LonLat[] = [
    [centralMeridian - halfWidth, Math.max(-85, middleLat - halfHeight)],
    [centralMeridian + halfWidth, Math.min(85, middleLat + halfHeight)],
  ];
  return {
    frame: [{ type: 'Feature', properties: null, geometry: { type: 'MultiPoint', coordinates: [...points, ...corners] } }],
    centralMeridian,
  };
}
