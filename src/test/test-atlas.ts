/**
 * For unit tests only: the real world-atlas countries, as the map loads them. Imported as
 * JSON (Vitest reads it from node_modules) rather than with node:fs, because the app's
 * tsconfig has no Node types and adding them would change globals for the whole app.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topologyJson from 'world-atlas/countries-110m.json';
import type { CountryFeature } from '../features/map/map-projection';

const topology = topologyJson as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;

export const testAtlas: CountryFeature[] = feature(topology, topology.objects.countries).features;
