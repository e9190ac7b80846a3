/**
 * calendar-date reads dates by hand, without a regex or `Date`, for speed. These properties
 * hold it to the implementation it replaced (a regex plus `Date` arithmetic, kept below as the
 * reference) on arbitrary strings and on every kind of near-date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  firstDay,
  isCalendarDate,
  isDayDate,
  lastDay,
  parseCalendarDate,
} from './calendar-date';

const reference = (() => {
  const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  const MS_PER_DAY = 86_400_000;
  const utcMillis = (year: number, month: number, day: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return date.getTime();
  };
  const daysIn = (year: number, month: number) =>
    new Date(utcMillis(year, month + 1, 0)).getUTCDate();
  const parse = (value: string) => {
    const match = CALENDAR_DATE.exec(value);
    if (!match) return null;
    const year = Number(match[1]);
    if (match[2] === undefined) return { year, precision: 'year' as const };
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    if (match[3] === undefined) return { year, month, precision: 'month' as const };
    const day = Number(match[3]);
    if (day < 1 || day > daysIn(year, month)) return null;
    return { year, month, day, precision: 'day' as const };
  };
  const first = (value: string) => {
    const parts = parse(value);
    if (!parts) throw new Error('invalid');
    return utcMillis(parts.year, parts.month ?? 1, parts.day ?? 1) / MS_PER_DAY;
  };
  const last = (value: string) => {
    const parts = parse(value);
    if (!parts) throw new Error('invalid');
    if (parts.precision === 'day') return first(value);
    if (parts.precision === 'month') return utcMillis(parts.year, parts.month + 1, 0) / MS_PER_DAY;
    return utcMillis(parts.year, 12, 31) / MS_PER_DAY;
  };
  return { parse, daysIn, first, last };
})();

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digits = (count: number) =>
  fc
    .array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), {
      minLength: count,
      maxLength: count,
    })
    .map((d) => d.join(''));

/** Strings shaped like dates, most of them valid, many not: bad days, months, separators, lengths. */
const nearDate = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .chain(([y, m, d]) =>
      fc.constantFrom(
        pad(y, 4),
        `${pad(y, 4)}-${pad(m, 2)}`,
        `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
      ),
    ),
  fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
  // One character of a valid-looking date replaced by anything (another digit, a letter, a
  // non-ASCII digit such as '٣', a space), or one added or removed.
  fc
    .tuple(
      fc.constantFrom('2012-02-29', '2011-02-28', '0000-02-29', '1900-02-28', '2012-12', '2013'),
      fc.nat(),
      fc.oneof(fc.string({ maxLength: 1 }), fc.constantFrom('٣', '０', ' ', '\n', '+', '-', '/')),
    )
    .map(([date, at, replacement]) => {
      const i = at % (date.length + 1);
      return date.slice(0, i) + replacement + date.slice(i + 1);
    }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

describe('calendar-date agrees with the regex-and-Date implementation it replaced', () => {
  it('parseCalendarDate, isCalendarDate and isDayDate, on arbitrary and near-date strings (property)', () => {
    fc.assert(
      fc.property(nearDate, (value) => {
        const expected = reference.parse(value);
        expect(parseCalendarDate(value)).toEqual(expected);
        expect(isCalendarDate(value)).toBe(expected !== null);
        expect(isDayDate(value)).toBe(expected?.precision === 'day');
      }),
      { numRuns: 5000 },
    );
  });

  it('firstDay and lastDay, on every valid date (property)', () => {
    fc.assert(
      fc.property(nearDate, (value) => {
        if (reference.parse(value) === null) {
          expect(() => firstDay(value)).toThrow(/Not a calendar date/);
          expect(() => lastDay(value)).toThrow(/Not a calendar date/);
        } else {
          expect(firstDay(value)).toBe(reference.first(value));
          expect(lastDay(value)).toBe(reference.last(value));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('daysInMonth, for every month of years 0–9999 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        (year, month) => {
          expect(daysInMonth(year, month)).toBe(reference.daysIn(year, month));
        },
      ),
    );
  });

  it('firstDay and lastDay, at the edges of the four-digit range', () => {
    for (const value of [
      '0000',
      '0000-01',
      '0000-01-01',
      '0000-02-29',
      '0099-12-31',
      '1969-12-31',
      '1970-01-01',
      '9999',
      '9999-12-31',
    ]) {
      expect([firstDay(value), lastDay(value)]).toEqual([
        reference.first(value),
        reference.last(value),
      ]);
    }
  });
});
