/**
 * One row of a user's table read into a record, or the problems that keep it out: every bad
 * cell named once, by the row a spreadsheet shows (the header is row 1) and the column as the
 * file names it, in plain words: `Row 3, start: "2012-13-45" is not a date (use YYYY-MM-DD)`.
 * Pure; the checks that need other rows (repeated ids, quotes in the source) are in
 * rows-to-dataset.ts.
 */
import { firstDay, isCalendarDate, lastDay } from '../../lib/calendar-date';
import type { ColumnMap } from './columns';
import type { OwnField, RowProblem } from './own-data-types';

/** A cell as read: text, or (from a JSON array) a value that is not text, described. */
export type Cell = string | { notText: string };

/** What a valid row gives, trimmed; optional fields absent when their cell is empty. */
export interface RowRecord {
  row: number;
  id?: string;
  title: string;
  start: string;
  end: string;
  city?: string;
  country?: string;
  ministry?: string;
  category?: string;
  lat?: number;
  lon?: number;
  quote?: string;
  description?: string;
  url?: string;
}

export interface RowReading {
  /** Null when a cell is bad: the row is left out. */
  record: RowRecord | null;
  problems: RowProblem[];
}

/** How problems name a row: `Row 3` in a table, `Item 3` in a JSON array of rows. */
export type RowLabel = (row: number) => string;
export const spreadsheetRow: RowLabel = (row) => `Row ${row}`;

/** Quotes a cell's value in a message, shortened: a message stays one readable line. */
export function shown(value: string, max = 60): string {
  return `"${value.length > max ? `${value.slice(0, max - 1)}…` : value}"`;
}

/**
 * A cell's text, trimmed. A leading `'` before `=`, `+`, `-` or `@` is dropped: it is how the
 * app's CSV export (and a spreadsheet) keeps such a cell from running as a formula.
 */
export function cellText(value: string): string {
  const text = value.trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const WEB_ADDRESS = /^https?:\/\/\S+$/i;
const MIN_QUOTE = 3;

export function readRow(
  cells: readonly Cell[],
  map: ColumnMap,
  row: number,
  label: RowLabel = spreadsheetRow,
): RowReading {
  const problems: RowProblem[] = [];
  const problem = (field: OwnField, message: string) => {
    const column = map.headerOf[field] ?? field;
    problems.push({ row, column, message: `${label(row)}, ${column}: ${message}` });
  };
  /** The trimmed text of a field's cell; '' when empty or absent; null when not text. */
  const text = (field: OwnField): string | null => {
    const index = map.indexOf[field];
    const cell = index === undefined ? undefined : cells[index];
    if (cell === undefined) return '';
    if (typeof cell !== 'string') {
      problem(field, `expected text, found ${cell.notText}`);
      return null;
    }
    return cellText(cell);
  };

  const title = text('title');
  if (title === '') problem('title', 'empty');
  const start = date('start', text('start'), problem, true);
  const endText = text('end');
  let end = endText === '' ? start : date('end', endText, problem, false);
  if (start && end && lastDay(end) < firstDay(start)) {
    problem('end', `${shown(end)} is before the start ${shown(start)}`);
    end = null;
  }
  const [lat, lon] = coordinates(text('latitude'), text('longitude'), problem);
  const url = text('url');
  if (url && !WEB_ADDRESS.test(url)) {
    problem(
      'url',
      `${shown(url)} is not a web address (use one that starts with http:// or https://)`,
    );
  }
  const quote = text('quote');
  if (quote && quote.length < MIN_QUOTE) {
    problem(
      'quote',
      `${shown(quote)} is too short to be a quote (${MIN_QUOTE} characters or more)`,
    );
  }
  const id = text('id');
  const city = text('city');
  const country = text('country');
  const ministry = text('ministry');
  const category = text('category');
  const description = text('description');
  if (problems.length || !title || !start || !end) return { record: null, problems };
  // Every cell is text here: one that is not has been reported above.
  const record: RowRecord = { row, title, start, end };
  if (id) record.id = id;
  if (city) record.city = city;
  if (country) record.country = country;
  if (ministry) record.ministry = ministry;
  if (category) record.category = category;
  if (description) record.description = description;
  if (lat !== undefined && lon !== undefined) {
    record.lat = lat;
    record.lon = lon;
  }
  if (quote) record.quote = quote;
  if (url) record.url = url;
  return { record, problems };
}

type Report = (field: OwnField, message: string) => void;

function date(
  field: 'start' | 'end',
  value: string | null,
  problem: Report,
  required: boolean,
): string | null {
  if (value === null) return null;
  if (value === '') {
    if (required) problem(field, 'empty');
    return null;
  }
  if (isCalendarDate(value)) return value;
  problem(field, `${shown(value)} is not a date (use YYYY-MM-DD)`);
  return null;
}

/** Latitude and longitude, both or neither; undefined where absent or bad (and reported). */
function coordinates(
  latText: string | null,
  lonText: string | null,
  problem: Report,
): [number | undefined, number | undefined] {
  const one = (field: 'latitude' | 'longitude', value: string | null, limit: number) => {
    if (!value) return undefined;
    if (!NUMBER.test(value)) {
      const hint = /^[+-]?\d+,\d+$/.test(value)
        ? ` (use a dot for decimals: ${value.replace(',', '.')})`
        : '';
      problem(field, `${shown(value)} is not a number${hint}`);
      return undefined;
    }
    const n = Number(value);
    if (Math.abs(n) > limit) {
      problem(field, `${value} is out of range (-${limit} to ${limit})`);
      return undefined;
    }
    return n;
  };
  const lat = one('latitude', latText, 90);
  const lon = one('longitude', lonText, 180);
  // One given and the other empty: the empty one is the bad cell.
  if (latText && lonText === '')
    problem('longitude', 'empty (the latitude is given: give both or neither)');
  if (lonText && latText === '')
    problem('latitude', 'empty (the longitude is given: give both or neither)');
  return [lat, lon];
}
