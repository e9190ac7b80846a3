/**
 * A user's table (rows of cells under one header) to a dataset: each row read and checked
 * (row-reader.ts), ids given or made stable, quotes found in the source text, cities,
 * countries, ministries and categories collected (named-records.ts). Bad rows are left out
 * and listed; the rest load. Pure and deterministic: the same table gives the same dataset.
 */
import type { Dataset, Meeting, Paragraph } from '../../data/schema';
import { quoteFinder } from '../../data/quote-finder';
import type { NestedMessage } from '../../i18n/word';
import type { ColumnMap } from './columns';
import { NamedRecords } from './named-records';
import type { RowProblem } from './own-data-types';
import {
  cellText,
  readRow,
  shown,
  type Cell,
  type RowPlace,
  type RowRecord,
} from './row-reader';
import { IdAllocator, slugify } from './slug';
import { collapseSpace } from './source-text';

export interface TableRow {
  row: number;
  cells: readonly Cell[];
  /** A problem of the whole row found while parsing (a quote mark not closed, too many cells). */
  problem?: NestedMessage;
}

export interface RowsToDatasetInput {
  map: ColumnMap;
  rows: readonly TableRow[];
  place?: RowPlace;
  source: { name: string; paragraphs: Paragraph[] } | null;
  meta: { id: string; title: string; version: string };
}

export interface RowsToDatasetOutput {
  dataset: Dataset;
  /** In row order. */
  problems: RowProblem[];
  validRows: number;
  quotesChecked: number;
}

export const REFERENCE_NOTE =
  'Cities and countries as the file names them. ISO codes, and coordinates the file does not give, ' +
  'are reference data added by the explorer, not from the file.';

interface Reading {
  row: number;
  record: RowRecord | null;
  /** The id cell as written, for ids and repeats: bad rows keep their ids taken. */
  givenId: string;
  rawTitle: string;
  rawStart: string;
}

export function rowsToDataset(input: RowsToDatasetInput): RowsToDatasetOutput {
  const { map, source, meta } = input;
  const place = input.place ?? 'row';
  const problems: RowProblem[] = [];
  const raw = (cells: readonly Cell[], index: number | undefined) => {
    const cell = index === undefined ? undefined : cells[index];
    return typeof cell === 'string' ? cellText(cell) : '';
  };
  const readings: Reading[] = [];
  for (const { row, cells, problem } of input.rows) {
    let record: RowRecord | null = null;
    if (problem) problems.push({ row, column: null, place, message: problem });
    else {
      const reading = readRow(cells, map, row, place);
      problems.push(...reading.problems);
      record = reading.record;
    }
    readings.push({
      row,
      record,
      givenId: raw(cells, map.indexOf.id),
      rawTitle: raw(cells, map.indexOf.title),
      rawStart: raw(cells, map.indexOf.start),
    });
  }

  const ids = assignIds(readings, map.headerOf.id ?? 'id', place, problems);
  const findQuote = source ? quoteFinder(source.paragraphs.map((p) => p.text)) : null;
  const quoteColumn = map.headerOf.quote ?? 'quote';
  const named = new NamedRecords();
  const meetings: Meeting[] = [];
  let quotesChecked = 0;
  for (const [i, { row, record }] of readings.entries()) {
    const id = ids[i];
    if (!record || id === undefined) continue;
    let quote = record.quote;
    if (quote !== undefined) quote = collapseSpace(quote);
    if (quote !== undefined && findQuote && source) {
      quotesChecked++;
      if (findQuote(quote) === -1) {
        problems.push({
          row,
          column: quoteColumn,
          place,
          message: {
            id: 'ownData.problem.quoteNotInSource',
            values: { source: shown(source.name), quote: shown(quote) },
          },
        });
        continue;
      }
    }
    const placed = named.place(record);
    const meeting: Meeting = {
      id,
      title: record.title,
      formatId: placed.formatId,
      start: record.start,
      end: record.end,
      cityId: placed.cityId,
      hostCountryId: placed.countryId,
      categoryId: placed.categoryId,
    };
    if (quote !== undefined) meeting.quote = quote;
    if (record.description !== undefined) meeting.description = record.description;
    if (record.url !== undefined) meeting.url = record.url;
    meetings.push(meeting);
  }
  const parts = named.parts();
  const dataset: Dataset = {
    ...meta,
    reference: { note: REFERENCE_NOTE, countries: parts.countries, cities: parts.cities },
    categories: parts.categories,
    formats: parts.formats,
    areas: [],
    meetings,
    delegations: [],
    statusChanges: [],
    organisations: [],
    decisions: [],
  };
  if (source) dataset.source = { title: source.name, paragraphs: source.paragraphs };
  // Stable: a row's problems stay in the order they were found.
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { dataset, problems, validRows: meetings.length, quotesChecked };
}

/**
 * Each row's id, in file order: the id the row gives (made a slug where it is not one), or
 * a slug of its title and start (`meeting-of-defence-ministers-2012-06-07`), `-2`, `-3` for
 * repeats. Ids the file gives are reserved first, so a made id never takes one; bad rows take
 * theirs too, so that mending a row never changes the ids of the others. undefined: the row
 * has no usable id (reported).
 */
function assignIds(
  readings: readonly Reading[],
  column: string,
  place: RowPlace,
  problems: RowProblem[],
): (string | undefined)[] {
  const allocator = new IdAllocator();
  const firstRow = new Map<string, number>();
  const given = readings.map(({ givenId }) => (givenId ? slugify(givenId, Infinity) : null));
  for (const id of given) if (id) allocator.reserve(id);
  return readings.map((reading, i) => {
    const id = given[i];
    if (id === null || id === undefined) {
      const title = slugify(reading.rawTitle) || 'meeting';
      return allocator.allocate(slugify(`${title}-${reading.rawStart}`, Infinity) || title);
    }
    const { row, givenId } = reading;
    const first = id ? firstRow.get(id) : undefined;
    const message: NestedMessage | null = !id
      ? { id: 'ownData.problem.badId', values: { value: shown(givenId) } }
      : first !== undefined
        ? { id: 'ownData.problem.idRepeated', values: { value: shown(givenId), place, other: first } }
        : null;
    if (message === null) {
      firstRow.set(id, row);
      return id;
    }
    problems.push({ row, column, place, message });
    return undefined;
  });
}
