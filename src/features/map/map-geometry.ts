/**
 * Everything the map draws that depends only on the atlas, the dataset and the map's size:
 * projected path strings, label anchors and city points. Computed once per size (the
 * component memoises it); zooming transforms these pixels and never re-projects.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { polygonContains } from 'd3-polygon';
import type { Feature, Polygon, Position } from 'geojson';
import type { City, Country } from '../../data/schema';
import { cityFrame, fitParticipants, MAP_PADDING, type CountryFeature, type LonLat } from './map-projection';

/** A country as drawn: its outline in pixels. */
export interface ProjectedShape {
  /**
   * Unique among the atlas' shapes: the ISO numeric code the atlas keys it by, else its name.
   * The atlas has no code for three disputed territories (N. Cyprus, Kosovo, Somaliland), all
   * three in the map's frame.
   */
  key: string;
  d: string;
}

/** A participating state: its outline, and where its label may go. */
export interface ProjectedCountry extends ProjectedShape {
  /** The dataset's country id. */
  countryId: string;
  /** Centre of the country's largest part, where its label goes. */
  labelAt: [number, number];
  /** Width and height of that largest part, to judge whether a label fits. */
  labelRoom: [number, number];
  /**
   * Other points inside that part, nearest the centre first: where the label may move when
   * a city label covers the centre, or the centre is out of view when zoomed in.
   */
  labelSpots: [number, number][];
}

export interface MapGeometry {
  width: number;
  height: number;
  /** Neighbours inside the frame, drawn in a neutral fill for orientation (never labelled). */
  context: ProjectedShape[];
  /** Participating states by dataset country id. */
  participants: Map<string, ProjectedCountry>;
  /** City points in pixels, by city id. */
  cities: Map<string, [number, number]>;
}

/**
 * Whether a meeting city is drawn on the map: it has coordinates, which the data says before
 * the shapes arrive (so a city never moves from one list to the other as the map loads), and,
 * once the map is projected, a point on it.
 */
export function isOnMap(city: Pick<City, 'id' | 'lon' | 'lat'> | undefined, geometry: MapGeometry | null): boolean {
  if (!city || city.lon === undefined || city.lat === undefined) return false;
  return geometry ? geometry.cities.has(city.id) : true;
}

/** The largest polygon of a country (mainland Russia, not Kaliningrad), by projected area. */
function largestPart(
  shape: CountryFeature,
  area: (f: Feature) => number,
): Feature<Polygon> | CountryFeature {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const parts = shape.geometry.coordinates.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  let best = parts[0] ?? shape;
  let bestArea = -1;
  for (const part of parts) {
    const partArea = area(part);
    if (partArea > bestArea) [best, bestArea] = [part, partArea];
  }
  return best;
}

const SPOT_GRID = 9;

/**
 * Grid points of a part's bounding box that fall inside the part itself (not a neighbour).
 * Tested on the projected outline, in pixels: a point is inside when it is inside an odd
 * number of the part's rings (its outline, not its holes). On the sphere (geoContains) the
 * same test took a quarter of the map's projection, and gave the same spots for every
 * participant at 360, 800 and 1,200 pixels wide.
 */
function labelSpots(
  part: Feature<Polygon> | CountryFeature,
  projection: GeoProjection,
  [[x0, y0], [x1, y1]]: [[number, number], [number, number]],
  centre: [number, number],
): [number, number][] {
  const { geometry } = part;
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const rings: [number, number][][] = polygons.flat().map((ring) =>
    ring.flatMap((lonLat): [number, number][] => {
      const point = projection(lonLat as [number, number]);
      return point ? [point] : [];
    }),
  );
  const inside = (point: [number, number]) =>
    rings.reduce((odd, ring) => (polygonContains(ring, point) ? !odd : odd), false);
  const spots: [number, number][] = [];
  for (let i = 0; i < SPOT_GRID; i++) {
    for (let j = 0; j < SPOT_GRID; j++) {
      const point: [number, number] = [
        x0 + ((i + 0.5) / SPOT_GRID) * (x1 - x0),
        y0 + ((j + 0.5) / SPOT_GRID) * (y1 - y0),
      ];
      if (inside(point)) spots.push(point);
    }
  }
  const distance = ([x, y]: [number, number]) => Math.hypot(x - centre[0], y - centre[1]);
  return spots.sort((a, b) => distance(a) - distance(b));
}

export function projectMap(
  atlas: readonly CountryFeature[],
  countries: readonly Country[],
  participantIds: readonly string[],
  cities: readonly City[],
  width: number,
  height: number,
): MapGeometry {
  const idByIso = new Map(
    countries.filter((c) => participantIds.includes(c.id)).map((c) => [c.isoNumeric, c.id]),
  );
  const shapes = atlas.filter((f) => idByIso.has(String(f.id)));
  const placed: LonLat[] = [];
  for (const city of cities) if (city.lon !== undefined && city.lat !== undefined) placed.push([city.lon, city.lat]);
  // A chronology without participating states (a user's) is framed on its cities instead.
  const { frame, centralMeridian } = shapes.length
    ? { frame: shapes, centralMeridian: undefined }
    : cityFrame(placed);
  const projection = fitParticipants(frame, width, height, MAP_PADDING, centralMeridian);
  const path = geoPath(projection);
  const area = (f: Feature) => path.area(f);

  const context: ProjectedShape[] = [];
  const participants = new Map<string, ProjectedCountry>();
  for (const shape of atlas) {
    const iso = shape.id === undefined ? null : String(shape.id);
    const countryId = (iso && idByIso.get(iso)) ?? null;
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    // Countries wholly outside the frame are never seen (zoom only goes inwards): skip them.
    if (!countryId && (x1 < 0 || y1 < 0 || x0 > width || y0 > height || !Number.isFinite(x0)))
      continue;
    const d = path(shape);
    if (!d) continue;
    const key = iso ?? shape.properties.name;
    // A neighbour is only drawn: none of the passes over its outline that place a label.
    if (!countryId) {
      context.push({ key, d });
      continue;
    }
    const main = largestPart(shape, area);
    const bounds = path.bounds(main);
    const [[mx0, my0], [mx1, my1]] = bounds;
    const centre = path.centroid(main);
    participants.set(countryId, {
      key,
      countryId,
      d,
      labelAt: centre,
      labelRoom: [mx1 - mx0, my1 - my0],
      labelSpots: labelSpots(main, projection, bounds, centre),
    });
  }

  const points = new Map<string, [number, number]>();
  for (const city of cities) {
    // A city without coordinates is listed as not on the map, never placed by a guess.
    if (city.lon === undefined || city.lat === undefined) continue;
    const point = projection([city.lon, city.lat]);
    if (point) points.set(city.id, point);
  }
  return { width, height, context, participants, cities: points };
}
