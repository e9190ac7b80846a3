import { parseCalendarDate, type CalendarDateParts } from './calendar-date';
import type { Language } from './language';

/**
 * The locale `Intl` formats with. English dates keep the house style (day month year), as
 * British English writes them; Chinese is the Simplified script of the mainland.
 */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };

/** English month names, January first (for scripts that write English text). */
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
  return parts ? yearMarkKept(formatter(lang, parts.precision).format(utc(parts))) : value;
}

/** Russian's year mark stays with its year: "2011 г." never wraps before "г.". */
const yearMarkKept = (text: string) => text.replace(/\s(?=г\.)/g, '\u00a0');

/**
 * A range sharing what both ends share, by `Intl`'s `formatRange`: "23–25 April 2012",
 * "30 April – 2 May 2012", "1 January 2013 – 31 December 2015", "2013–2015";
 * "23–25 апреля 2012 г.". English keeps the house style's unspaced dash between two numbers
 * ("23–25", "2013–2015"), where `Intl` spaces it. Chinese writes "2012年4月23日至25日": ICU's
 * range pattern for Chinese falls back to numeric "2012/4/23 – 2012/4/25", unlike its single
 * dates, so the ends are formatted by `Intl` and joined with 至 ("to").
 */
export function formatDateRange(start: string, end: string, lang: Language = 'en'): string {
  if (start === end) return formatCalendarDate(start, lang);
  const a = parseCalendarDate(start);
  const b = parseCalendarDate(end);
  if (!a || !b) return `${start} – ${end}`;
  if (lang === 'zh') return zhRange(a, b);
  if (a.precision !== b.precision || (lang === 'en' && a.precision === 'month')) {
    return `${formatCalendarDate(start, lang)} – ${formatCalendarDate(end, lang)}`;
  }
  // Intl sets the dash between thin spaces; the house style has plain ones.
  const range = yearMarkKept(formatter(lang, a.precision).formatRange(utc(a), utc(b)).replace(/\s–\s/, ' – '));
  return lang === 'en' ? range.replace(/^(\d+) – (\d+)/, '$1–$2') : range;
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

const TICK_OPTIONS: Record<'month' | 'day', Intl.DateTimeFormatOptions> = {
  month: { month: 'short', timeZone: 'UTC' },
  day: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};

/**
 * A timeline tick's month ("Oct", "окт.", "10月") or day ("24 Apr", "24 апр.", "4月24日").
 * English keeps d3's three-letter `%b` ("Sep", where British English writes "Sept").
 */
export function formatTick(date: Date, unit: 'month' | 'day', lang: Language = 'en'): string {
  if (lang === 'en') {
    const month = 'JanFebMarAprMayJunJulAugSepOctNovDec'.slice(date.getUTCMonth() * 3, date.getUTCMonth() * 3 + 3);
    return unit === 'month' ? month : `${date.getUTCDate()} ${month}`;
  }
  return new Intl.DateTimeFormat(INTL_LOCALES[lang], TICK_OPTIONS[unit]).format(date);
}
