/**
 * Matching a user's city and country names against the reference tables: names compared
 * without case, accents or punctuation ("St Petersburg" is "St. Petersburg", "Cote d'Ivoire"
 * is "Côte d'Ivoire"); countries also by ISO alpha-2 or alpha-3 code ("RU", "RUS").
 */
import type { City, Country } from '../../data/schema';
import { CITY_TABLE } from './reference-cities';
import { COUNTRY_TABLE } from './reference-countries';
import { slugify } from './slug';

/** Keys already made: a file names the same few places and bodies on every row. */
const keys = new Map<string, string>();
const MAX_KEYS = 20_000;

/** The key names are compared by: `" The Côte-d’Ivoire "` → `cote divoire`. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = makeKey(name);
    keys.set(name, key);
  }
  return key;
}

function makeKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface PlaceReference {
  findCountry(value: string): Country | null;
  /** A known city of that name, in that country when one is given. */
  findCity(name: string, countryId: string | null): City | null;
  countryById(id: string): Country | null;
}

function field(parts: readonly string[], index: number): string {
  return parts[index] ?? '';
}

function buildReference(): PlaceReference {
  const byCode = new Map<string, Country>();
  const byId = new Map<string, Country>();
  const countryByName = new Map<string, Country>();
  for (const line of COUNTRY_TABLE) {
    const parts = line.split('|');
    const [iso2, iso3, isoNumeric, name] = [
      field(parts, 0),
      field(parts, 1),
      field(parts, 2),
      field(parts, 3),
    ];
    const country: Country = { id: slugify(name), name };
    if (iso2) country.iso2 = iso2;
    if (iso3) country.iso3 = iso3;
    if (isoNumeric) country.isoNumeric = isoNumeric;
    byId.set(country.id, country);
    for (const code of [iso2, iso3]) if (code) byCode.set(code, country);
    for (const alias of [name, ...field(parts, 4).split(';')]) {
      if (alias) countryByName.set(nameKey(alias), country);
    }
  }
  const citiesByName = new Map<string, City[]>();
  for (const line of CITY_TABLE) {
    const parts = line.split('|');
    const city: City = {
      id: field(parts, 0),
      name: field(parts, 1),
      countryId: field(parts, 2),
      lat: Number(field(parts, 3)),
      lon: Number(field(parts, 4)),
    };
    for (const alias of [city.name, ...field(parts, 5).split(';')]) {
      if (!alias) continue;
      const key = nameKey(alias);
      citiesByName.set(key, [...(citiesByName.get(key) ?? []), city]);
    }
  }
  return {
    findCountry(value) {
      const trimmed = value.trim();
      if (/^[a-z]{2,3}$/i.test(trimmed)) {
        const coded = byCode.get(trimmed.toUpperCase());
        if (coded) return coded;
      }
      return countryByName.get(nameKey(trimmed)) ?? null;
    },
    countryById: (id) => byId.get(id) ?? null,
    findCity(name, countryId) {
      const candidates = citiesByName.get(nameKey(name)) ?? [];
      if (countryId === null) return candidates.length === 1 ? (candidates[0] ?? null) : null;
      return candidates.find((city) => city.countryId === countryId) ?? null;
    },
  };
}

let reference: PlaceReference | null = null;

/** The reference tables as lookups, built on first use. */
export function placeReference(): PlaceReference {
  return (reference ??= buildReference());
}
