/**
 * One row of a user's table read into a record, or the problems that keep it out: every bad
 * cell named once, by the row a spreadsheet shows (the header is row 1) and the column as the
 * file names it, as a message the page words: `Row 3, start: "2012-13-45" is not a date
 * (use YYYY-MM-DD)`.
 * Pure; the checks that need other rows (repeated ids, quotes in the source) are in
 * rows-to-dataset.ts.
 */
import { firstDay, isCalendarDate, lastDay } from '../../lib/calendar-date';
import type { NestedMessage } from '../../i18n/word';
import type { ColumnMap } from './columns';
import type { OwnField, ProblemPlace, RowProblem } from './own-data-types';

/** A cell as read: text, or (from a JSON array) a value that is not text, described. */
export type Cell = string | { notText: NestedMessage };

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
export type RowPlace = Extract<ProblemPlace, 'row' | 'item'>;

/** A cell's value for a message, shortened: a message stays one readable line. */
export function shown(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
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
  place: RowPlace = 'row',
): RowReading {
  const problems: RowProblem[] = [];
  const problem: Report = (field, message) => {
    problems.push({ row, column: map.headerOf[field] ?? field, place, message });
  };
  /** The trimmed text of a field's cell; '' when empty or absent; null when not text. */
  const text = (field: OwnField): string | null => {
    const index = map.indexOf[field];
    const cell = index === undefined ? undefined : cells[index];
    if (cell === undefined) return '';
    if (typeof cell !== 'string') {
      problem(field, { id: 'ownData.problem.notText', values: { found: cell.notText } });
      return null;
    }
    return cellText(cell);
  };

  const title = text('title');
  if (title === '') problem('title', EMPTY);
  const start = date('start', text('start'), problem, true);
  const endText = text('end');
  let end = endText === '' ? start : date('end', endText, problem, false);
  if (start && end && lastDay(end) < firstDay(start)) {
    problem('end', { id: 'ownData.problem.endBeforeStart', values: { end: shown(end), start: shown(start) } });
    end = null;
  }
  const [lat, lon] = coordinates(text('latitude'), text('longitude'), problem);
  const url = text('url');
  if (url && !WEB_ADDRESS.test(url)) {
    problem('url', { id: 'ownData.problem.notWebAddress', values: { value: shown(url) } });
  }
  const quote = text('quote');
  if (quote && quote.length < MIN_QUOTE) {
    problem('quote', {
      id: 'ownData.problem.quoteTooShort',
      values: { value: shown(quote), min: MIN_QUOTE },
    });
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

type Report = (field: OwnField, message: NestedMessage) => void;
const EMPTY: NestedMessage = { id: 'ownData.problem.empty' };

function date(
  field: 'start' | 'end',
  value: string | null,
  problem: Report,
  required: boolean,
): string | null {
  if (value === null) return null;
  if (value === '') {
    if (required) problem(field, EMPTY);
    return null;
  }
  if (isCalendarDate(value)) return value;
  problem(field, { id: 'ownData.problem.notDate', values: { value: shown(value) } });
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
      problem(
        field,
        /^[+-]?\d+,\d+$/.test(value)
          ? { id: 'ownData.problem.decimalComma', values: { value, fixed: value.replace(',', '.') } }
          : { id: 'ownData.problem.notNumber', values: { value: shown(value) } },
      );
      return undefined;
    }
    const n = Number(value);
    if (Math.abs(n) > limit) {
      problem(field, { id: 'ownData.problem.outOfRange', values: { value, limit } });
      return undefined;
    }
    return n;
  };
  const lat = one('latitude', latText, 90);
  const lon = one('longitude', lonText, 180);
  // One given and the other empty: the empty one is the bad cell.
  if (latText && lonText === '')
    problem('longitude', { id: 'ownData.problem.giveBoth', values: { given: 'latitude' } });
  if (lonText && latText === '')
    problem('latitude', { id: 'ownData.problem.giveBoth', values: { given: 'longitude' } });
  return [lat, lon];
}
