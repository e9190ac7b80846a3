/**
 * The records a user's rows name (cities, countries, ministries, categories), one per
 * distinct name, with stable slug ids in order of first appearance and a plainly named
 * placeholder for rows that leave the cell empty.
 */
import type { Category, City, Country, Dataset, Format } from '../../data/schema';
import { nameKey, placeReference, type PlaceReference } from './places';
import type { RowRecord } from './row-reader';
import { IdAllocator, slugify } from './slug';

export const PLACEHOLDER = {
  city: { id: 'no-city', name: 'No city given' },
  country: { id: 'no-country', name: 'No country given' },
  ministry: { id: 'no-ministry', name: 'No ministry or format given' },
  category: { id: 'no-category', name: 'No category given' },
} as const;

const NONE = '\u0000none';

/** Records by a key, each made once, with ids unique within their kind. */
class Registry<T extends { id: string }> {
  readonly records: T[] = [];
  private readonly byKey = new Map<string, T>();
  readonly ids = new IdAllocator();

  get(key: string, make: (ids: IdAllocator) => T): T {
    let record = this.byKey.get(key);
    if (!record) {
      record = make(this.ids);
      this.byKey.set(key, record);
      this.records.push(record);
    }
    return record;
  }
}

/** A name's slug, or `fallback` for a name in a script that has none (会议 → `format`). */
const slugOr = (name: string, fallback: string) => slugify(name) || fallback;

export interface Placed {
  cityId: string;
  countryId: string;
  formatId: string;
  categoryId: string;
}

/**
 * Collects the named records of the valid rows in file order. Cities are placed from the
 * row's latitude/longitude (the first row that gives them), else from the reference by
 * name; a city the reference knows fills in a missing country.
 */
export class NamedRecords {
  private readonly countries = new Registry<Country>();
  private readonly cities = new Registry<City>();
  private readonly formats = new Registry<Format>();
  private readonly categories = new Registry<Category>();

  constructor(private readonly reference: PlaceReference = placeReference()) {}

  place(record: RowRecord): Placed {
    const categoryId = this.category(record.category);
    const formatId = this.format(record.ministry, categoryId);
    const known = record.country ? this.reference.findCountry(record.country) : null;
    const refCity = record.city ? this.reference.findCity(record.city, known?.id ?? null) : null;
    let countryId: string;
    if (known) countryId = this.knownCountry(known);
    else if (record.country) countryId = this.unknownCountry(record.country);
    else if (refCity) {
      const country = this.reference.countryById(refCity.countryId);
      countryId = country ? this.knownCountry(country) : this.unknownCountry(refCity.countryId);
    } else countryId = this.countries.get(NONE, () => ({ ...PLACEHOLDER.country })).id;
    const cityId = this.city(record, countryId, refCity);
    return { cityId, countryId, formatId, categoryId };
  }

  private knownCountry(country: Country): string {
    return this.countries.get(nameKey(country.name), (ids) => ({
      ...country,
      id: ids.allocate(country.id),
    })).id;
  }

  private unknownCountry(name: string): string {
    return this.countries.get(nameKey(name), (ids) => ({
      id: ids.allocate(slugOr(name, 'country')),
      name,
    })).id;
  }

  private city(record: RowRecord, countryId: string, refCity: City | null): string {
    const { lat, lon } = record;
    const name =
      record.city ??
      (lat !== undefined && lon !== undefined ? `${lat}, ${lon}` : PLACEHOLDER.city.name);
    // A city the reference knows is one city under each of its names ("Alma-Ata", "Almaty"),
    // shown as the file first spells it.
    const key = refCity
      ? `ref:${refCity.id}`
      : record.city || lat !== undefined
        ? nameKey(name)
        : NONE;
    const city = this.cities.get(`${key}\u0000${countryId}`, (ids) => {
      const base = key === NONE ? PLACEHOLDER.city.id : (refCity?.id ?? slugOr(name, 'city'));
      // The same name in another country: the country's id tells the two apart.
      const id = ids.has(base) && !ids.has(`${base}-${countryId}`) ? `${base}-${countryId}` : base;
      return { id: ids.allocate(id), name, countryId };
    });
    if (city.lat === undefined) {
      if (lat !== undefined && lon !== undefined) {
        city.lat = lat;
        city.lon = lon;
      } else if (refCity?.lat !== undefined && refCity.lon !== undefined) {
        city.lat = refCity.lat;
        city.lon = refCity.lon;
      }
    }
    return city.id;
  }

  private format(name: string | undefined, categoryId: string): string {
    const key = name ? nameKey(name) : NONE;
    return this.formats.get(key, (ids) => {
      const base = name ? slugOr(name, 'format') : PLACEHOLDER.ministry.id;
      return { id: ids.allocate(base), name: name ?? PLACEHOLDER.ministry.name, categoryId };
    }).id;
  }

  private category(name: string | undefined): string {
    const key = name ? nameKey(name) : NONE;
    return this.categories.get(key, (ids) => {
      const base = name ? slugOr(name, 'category') : PLACEHOLDER.category.id;
      return { id: ids.allocate(base), name: name ?? PLACEHOLDER.category.name };
    }).id;
  }

  /** The records for the dataset. */
  parts(): Pick<Dataset, 'categories' | 'formats'> & { countries: Country[]; cities: City[] } {
    return {
      categories: this.categories.records,
      formats: this.formats.records,
      countries: this.countries.records,
      cities: this.cities.records,
    };
  }
}
