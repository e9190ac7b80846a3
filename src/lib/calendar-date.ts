/**
 * Calendar dates as the source gives them: ISO 8601 strings of day (`2012-04-23`),
 * month (`2010-06`) or year (`2013`) precision. They are never instants: every
 * computation goes through UTC so that 28 September is 28 September in every time zone.
 */

export type DatePrecision = 'day' | 'month' | 'year';

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

export interface CalendarDateParts {
  year: number;
  /** 1–12, absent for year precision. */
  month?: number;
  /** 1–31, absent for month or year precision. */
  day?: number;
  precision: DatePrecision;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parseCalendarDate(value: string): CalendarDateParts | null {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== null;
}

/** True only for full `YYYY-MM-DD` dates. */
export function isDayDate(value: string): boolean {
  return parseCalendarDate(value)?.precision === 'day';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMillis(year, month + 1, 0)).getUTCDate();
}

/**
 * Milliseconds of a UTC calendar date. Unlike `Date.UTC`, years 0–99 stay themselves
 * instead of becoming 1900–1999. Month is 1-based; day 0 is the last day of the month before.
 */
function utcMillis(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The day number (days since 1970-01-01) of the first day a date covers:
 * `2013` starts on 1 January 2013. Throws on an invalid date: callers pass validated data.
 */
export function firstDay(value: string): number {
  const parts = requireDate(value);
  return utcMillis(parts.year, parts.month ?? 1, parts.day ?? 1) / MS_PER_DAY;
}

/** The day number of the last day a date covers: `2013` ends on 31 December 2013. */
export function lastDay(value: string): number {
  const parts = requireDate(value);
  if (parts.precision === 'day') return firstDay(value);
  if (parts.precision === 'month') {
    return utcMillis(parts.year, (parts.month ?? 1) + 1, 0) / MS_PER_DAY;
  }
  return utcMillis(parts.year, 12, 31) / MS_PER_DAY;
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

/** Orders two calendar dates by the first day each covers. */
export function compareCalendarDates(a: string, b: string): number {
  return firstDay(a) - firstDay(b);
}

function requireDate(value: string): CalendarDateParts {
  const parts = parseCalendarDate(value);
  if (!parts) throw new Error(`Not a calendar date: ${JSON.stringify(value)}`);
  return parts;
}
