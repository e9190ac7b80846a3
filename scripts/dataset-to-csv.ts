/**
 * A dataset's meetings as a CSV file in the format a user's chronology is read in
 * (README, "Your own data: the CSV format"): the columns of
 * public/data/own-chronology-template.csv, names for cities, countries, ministries and
 * categories, coordinates from the reference. Used by `npm run gen-data -- --format csv` and
 * to write public/data/own-chronology-example.csv from the bundled dataset.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Dataset } from '../src/data/schema';
import { OWN_FIELDS } from '../src/features/own-data/own-data-types';

/** The template's columns: every meaning a column of a user's table can have, in its order. */
export const TEMPLATE_COLUMNS = OWN_FIELDS;

export function datasetToCsv(dataset: Dataset): string {
  const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));
  const formats = byId(dataset.formats);
  const categories = byId(dataset.categories);
  const cities = byId(dataset.reference.cities);
  const countries = byId(dataset.reference.countries);
  const rows: string[][] = [[...TEMPLATE_COLUMNS]];
  for (const meeting of dataset.meetings) {
    const format = formats.get(meeting.formatId);
    const city = cities.get(meeting.cityId);
    const categoryId = meeting.categoryId ?? format?.categoryId ?? '';
    const fields: Record<(typeof TEMPLATE_COLUMNS)[number], string> = {
      id: meeting.id,
      title: meeting.title,
      start: meeting.start,
      end: meeting.end,
      city: city?.name ?? '',
      country: countries.get(meeting.hostCountryId)?.name ?? '',
      ministry: format?.name ?? '',
      category: categories.get(categoryId)?.name ?? '',
      latitude: city?.lat === undefined ? '' : String(city.lat),
      longitude: city?.lon === undefined ? '' : String(city.lon),
      quote: meeting.quote ?? '',
      description: meeting.description ?? '',
      url: meeting.url ?? '',
    };
    rows.push(TEMPLATE_COLUMNS.map((column) => fields[column]));
  }
  return `${csvFormatRows(rows)}\n`;
}
