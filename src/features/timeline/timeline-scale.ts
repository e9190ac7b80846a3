/**
 * Scales and geometry for the timeline: d3 computes, React renders. All in UTC so a
 * calendar day is the same day in every time zone.
 *
 * The scale is linear over UTC milliseconds rather than d3's `scaleUtc`, which imports
 * d3-time-format for its default tick format and so would put a locale formatter into the
 * first view. Ticks come from d3-time's `utcTicks` (what `scaleUtc` uses) and labels from
 * the app's own month names. A scale takes a `Date` or milliseconds; `invert` gives
 * milliseconds (wrap in `new Date` where a Date is wanted).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { utcTicks } from 'd3-time';
import { dayToUtcDate, firstDay } from '../../lib/calendar-date';
import { formatTick } from '../../lib/format-date';
import type { Language } from '../../lib/language';

export type TimeScale = ScaleLinear<number, number>;

const MS_PER_DAY = 86_400_000;

/** Days of air either side of the data, so first and last marks are not cut at the edges. */
export const DOMAIN_PADDING_DAYS = 10;

export interface DayDomain {
  startDay: number;
  /** Inclusive last day. */
  endDay: number;
}

/** The days the axis shows: the date range if set, else the data's span with padding. */
export function timelineDomain(
  span: DayDomain,
  from: string | null,
  to: string | null,
): DayDomain {
  const startDay = from ? firstDay(from) : span.startDay - DOMAIN_PADDING_DAYS;
  const endDay = to ? firstDay(to) : span.endDay + DOMAIN_PADDING_DAYS;
  return endDay >= startDay ? { startDay, endDay } : { startDay: endDay, endDay: startDay };
}

/** A UTC time scale from the first day's midnight to the midnight after the last day. */
export function baseScale(domain: DayDomain, width: number): TimeScale {
  return scaleLinear()
    .domain([domain.startDay * MS_PER_DAY, (domain.endDay + 1) * MS_PER_DAY])
    .range([0, Math.max(1, width)]);
}

/** "2012" on a year boundary, "Oct" on a month, "24 Apr" on a day (in the interface's language). */
export function tickLabel(date: Date, lang: Language = 'en'): string {
  const midnight = date.getTime() % MS_PER_DAY === 0;
  if (midnight && date.getUTCDate() === 1) {
    return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : formatTick(date, 'month', lang);
  }
  return formatTick(date, 'day', lang);
}

/** About one tick per 90 px, never fewer than two: UTC calendar ticks, as `scaleUtc` gives. */
export function axisTicks(scale: TimeScale, width: number): Date[] {
  const [start = 0, end = start] = scale.domain();
  return utcTicks(new Date(start), new Date(end), Math.max(2, Math.floor(width / 90)));
}

/** Pixels per day at a scale. */
export function pixelsPerDay(scale: TimeScale): number {
  const [start] = scale.domain();
  if (start === undefined) return 1;
  return scale(start + MS_PER_DAY) - scale(start);
}

/**
 * A day's midnight → pixels, as a plain linear function read off the scale: the canvas calls
 * it for every mark edge, and this spares it a Date and a scale call each time.
 */
export function dayToX(scale: TimeScale): (day: number) => number {
  // Measured from a day at the left edge, so on-screen positions do not come from the
  // difference of two huge numbers (day 0 is millions of pixels away when zoomed in).
  const reference = Math.round(scale.invert(0) / MS_PER_DAY);
  const origin = scale(reference * MS_PER_DAY);
  const perDay = scale((reference + 1) * MS_PER_DAY) - origin;
  return (day) => origin + (day - reference) * perDay;
}

export interface MarkGeometry {
  /** Left edge of the first day and right edge of the last day. */
  x0: number;
  x1: number;
  /** Centre, for one-day marks. */
  cx: number;
  multiDay: boolean;
}

export function markGeometry(scale: TimeScale, startDay: number, endDay: number): MarkGeometry {
  const x0 = scale(dayToUtcDate(startDay));
  const x1 = scale(dayToUtcDate(endDay + 1));
  return { x0, x1, cx: (x0 + x1) / 2, multiDay: endDay > startDay };
}
