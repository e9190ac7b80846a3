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
  participants: readonly CountryFeature[],
  width: number,
  height: number,
  padding = MAP_PADDING,
): GeoProjection {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...participants] };
  const pad = Math.min(padding, width / 4, height / 4);
  return geoConicEqualArea()
    .parallels(PARALLELS)
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      collection,
    );
}
