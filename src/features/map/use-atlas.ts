/**
 * The world's country shapes, fetched only when the map mounts (the file is 108 KB; as a
 * URL it stays out of every JavaScript chunk) and kept for the session.
 */
import { useQuery } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import type { CountryFeature } from './map-projection';

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

async function fetchAtlas(): Promise<CountryFeature[]> {
  const response = await fetch(atlasUrl);
  if (!response.ok)
    throw new Error(`The map shapes could not be loaded (HTTP ${response.status}).`);
  const topology = (await response.json()) as CountriesTopology;
  if (!('countries' in topology.objects)) throw new Error('The map file has no countries.');
  return feature(topology, topology.objects.countries).features;
}

export function useAtlas() {
  return useQuery({
    queryKey: ['world-atlas', 'countries-110m'],
    queryFn: fetchAtlas,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
