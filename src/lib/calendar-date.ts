/**
 * Calendar dates as the source gives them: ISO 8601 strings of day (`2012-04-23`),
 * month (`2010-06`) or year (`2013`) precision. They are never instants: every
 * computation goes through UTC so that 28 September is 28 September in every time zone.
 */

export type DatePrecision = 'day' | 'month' | 'year';

const MS_PER_DAY = 86_400_000;

export interface CalendarDateParts {
  year: number;
  /** 1–12, absent for year precision. */
  month?: number;
  /** 1–31, absent for month or year precision. */
  day?: number;
  precision: DatePrecision;
}

/*
 * Dates are read by hand rather than with a regex and `Date` objects: validation checks every
 * date of a 100,000-meeting dataset and indexing turns each into day numbers, and this way
 * costs no allocation at all. `scanDate` packs a date into one number, `yyyymmdd`, with 00 for
 * the month or day a coarser precision leaves out, or -1 if the string is not a date. The
 * accepted strings are exactly those of `^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$` that name a real
 * day of the proleptic Gregorian calendar.
 */
const INVALID = -1;
const ZERO = 48; // '0'
const HYPHEN = 45; // '-'

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as `yyyymmdd` (missing parts 00), or INVALID. */
function scanDate(value: string): number {
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return INVALID;
  const year = digitsAt(value, 0, 4);
  if (year < 0) return INVALID;
  if (length === 4) return year * 10_000;
  if (value.charCodeAt(4) !== HYPHEN) return INVALID;
  const month = digitsAt(value, 5, 2);
  if (month < 1 || month > 12) return INVALID;
  if (length === 7) return year * 10_000 + month * 100;
  if (value.charCodeAt(7) !== HYPHEN) return INVALID;
  const day = digitsAt(value, 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return INVALID;
  return year * 10_000 + month * 100 + day;
}

/** The number written by the ASCII digits `value[from, from + count)`, or -1 if one is not a digit. */
function digitsAt(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = value.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const yearOf = (packed: number) => Math.floor(packed / 10_000);
const monthOf = (packed: number) => Math.floor(packed / 100) % 100;
const dayOf = (packed: number) => packed % 100;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parseCalendarDate(value: string): CalendarDateParts | null {
  const packed = scanDate(value);
  if (packed === INVALID) return null;
  const year = yearOf(packed);
  const month = monthOf(packed);
  const day = dayOf(packed);
  if (month === 0) return { year, precision: 'year' };
  if (day === 0) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}

export function isCalendarDate(value: string): boolean {
  return scanDate(value) !== INVALID;
}

/** True only for full `YYYY-MM-DD` dates. */
export function isDayDate(value: string): boolean {
  const packed = scanDate(value);
  return packed !== INVALID && dayOf(packed) !== 0;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? NaN;
}

/**
 * The day number (days since 1970-01-01) of a proleptic Gregorian date, by arithmetic
 * (H. Hinnant's days_from_civil): exact for every year, 0–99 included, where `Date.UTC`
 * would read 1900–1999. Month 1-based, day 1-based.
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0–399
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The day number (days since 1970-01-01) of the first day a date covers:
 * `2013` starts on 1 January 2013. Throws on an invalid date: callers pass validated data.
 */
export function firstDay(value: string): number {
  const packed = requireDate(value);
  return dayNumber(yearOf(packed), monthOf(packed) || 1, dayOf(packed) || 1);
}

/** The day number of the last day a date covers: `2013` ends on 31 December 2013. */
export function lastDay(value: string): number {
  const packed = requireDate(value);
  const year = yearOf(packed);
  const month = monthOf(packed) || 12;
  return dayNumber(year, month, dayOf(packed) || daysInMonth(year, month));
}

/** A day number as a UTC midnight `Date`, for d3's UTC scales. */
export function dayToUtcDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** A UTC `Date` (from a d3 UTC scale) back to its day number, rounded to the nearest day. */
export function utcDateToDay(date: Date): number {
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** A day number as `YYYY-MM-DD`. */
export function dayToIso(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}

function requireDate(value: string): number {
  const packed = scanDate(value);
  if (packed === INVALID) throw new Error(`Not a calendar date: ${JSON.stringify(value)}`);
  return packed;
}
