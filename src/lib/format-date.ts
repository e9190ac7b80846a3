import { parseCalendarDate } from './calendar-date';

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2011-09-28` → "28 September 2011"; `2010-06` → "June 2010"; `2013` → "2013". */
export function formatCalendarDate(value: string): string {
  const parts = parseCalendarDate(value);
  if (!parts) return value;
  const month = parts.month === undefined ? undefined : MONTHS[parts.month - 1];
  if (parts.day !== undefined && month) return `${parts.day} ${month} ${parts.year}`;
  if (month) return `${month} ${parts.year}`;
  return String(parts.year);
}

/**
 * A range in the house style, sharing what both ends share:
 * "23–25 April 2012", "30 April – 2 May 2012", "1 January 2013 – 31 December 2015", "2013–2015".
 */
export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatCalendarDate(start);
  const a = parseCalendarDate(start);
  const b = parseCalendarDate(end);
  if (!a || !b) return `${start} – ${end}`;
  if (a.precision === 'year' && b.precision === 'year') return `${a.year}–${b.year}`;
  if (a.precision === 'day' && b.precision === 'day' && a.year === b.year) {
    const endMonth = MONTHS[(b.month ?? 1) - 1];
    if (a.month === b.month) return `${a.day}–${b.day} ${endMonth} ${b.year}`;
    return `${a.day} ${MONTHS[(a.month ?? 1) - 1]} – ${b.day} ${endMonth} ${b.year}`;
  }
  return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
}
