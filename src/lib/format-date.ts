import { parseCalendarDate, type CalendarDateParts } from './calendar-date';
import type { Language } from '../state/view-state';

/**
 * The locale `Intl` formats with. English dates keep the house style (day month year), as
 * British English writes them; Chinese is the Simplified script of the mainland.
 */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };

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

type Precision = CalendarDateParts['precision'];
const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter in UTC: calendar dates are built as UTC midnights, so formatting them in UTC
 * gives the same day in every time zone.
 */
function formatter(lang: Language, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALES[lang], { ...OPTIONS[precision], timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

const utc = (p: CalendarDateParts) => new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));

/**
 * `2011-09-28` → "28 September 2011", "28 сентября 2011 г.", "2011年9月28日";
 * `2010-06` → "June 2010"; `2013` → "2013".
 */
export function formatCalendarDate(value: string, lang: Language = 'en'): string {
  const parts = parseCalendarDate(value);
  if (!parts) return value;
  if (lang !== 'en') return formatter(lang, parts.precision).format(utc(parts));
  const month = parts.month === undefined ? undefined : MONTHS[parts.month - 1];
  if (parts.day !== undefined && month) return `${parts.day} ${month} ${parts.year}`;
  if (month) return `${month} ${parts.year}`;
  return String(parts.year);
}

/**
 * A range sharing what both ends share. English keeps the house style: "23–25 April 2012",
 * "30 April – 2 May 2012", "1 January 2013 – 31 December 2015", "2013–2015". Russian is
 * `Intl`'s `formatRange`: "23–25 апреля 2012 г.". Chinese writes "2012年4月23日至25日":
 * ICU's range pattern for Chinese falls back to numeric "2012/4/23 – 2012/4/25", unlike its
 * single dates, so the ends are formatted by `Intl` and joined with 至 ("to").
 */
export function formatDateRange(start: string, end: string, lang: Language = 'en'): string {
  if (start === end) return formatCalendarDate(start, lang);
  const a = parseCalendarDate(start);
  const b = parseCalendarDate(end);
  if (!a || !b) return `${start} – ${end}`;
  if (lang === 'ru' && a.precision === b.precision) {
    return formatter(lang, a.precision).formatRange(utc(a), utc(b));
  }
  if (lang === 'zh') return zhRange(a, b);
  if (lang !== 'en') return `${formatCalendarDate(start, lang)} – ${formatCalendarDate(end, lang)}`;
  if (a.precision === 'year' && b.precision === 'year') return `${a.year}–${b.year}`;
  if (a.precision === 'day' && b.precision === 'day' && a.year === b.year) {
    const endMonth = MONTHS[(b.month ?? 1) - 1];
    if (a.month === b.month) return `${a.day}–${b.day} ${endMonth} ${b.year}`;
    return `${a.day} ${MONTHS[(a.month ?? 1) - 1]} – ${b.day} ${endMonth} ${b.year}`;
  }
  return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
}

/** "2012年4月23日至25日", "2012年4月30日至5月2日", "2013年1月1日至2015年12月31日", "2013年至2015年". */
function zhRange(a: CalendarDateParts, b: CalendarDateParts): string {
  const first = formatter('zh', a.precision).format(utc(a));
  const full = formatter('zh', b.precision).format(utc(b));
  if (a.precision === 'day' && b.precision === 'day' && a.year === b.year) {
    // The end without what it shares with the start: its year, and its month too.
    const shared = a.month === b.month ? `${b.year}年${b.month}月` : `${b.year}年`;
    if (full.startsWith(shared)) return `${first}至${full.slice(shared.length)}`;
  }
  return `${first}至${full}`;
}
