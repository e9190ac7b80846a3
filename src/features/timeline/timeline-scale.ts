/**
 * Scales and geometry for the timeline: d3 computes, React renders. All in UTC so a
 * calendar day is the same day in every time zone.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { dayToUtcDate, firstDay } from '../../lib/calendar-date';

export type TimeScale = ScaleTime<number, number>;

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
  return scaleUtc()
    .domain([dayToUtcDate(domain.startDay), dayToUtcDate(domain.endDay + 1)])
    .range([0, Math.max(1, width)]);
}

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%-d %b');

/** "2012" on a year boundary, "Oct" on a month, "24 Apr" on a day. */
export function tickLabel(date: Date): string {
  if (utcYear.floor(date).getTime() === date.getTime()) return formatYear(date);
  if (utcMonth.floor(date).getTime() === date.getTime()) return formatMonth(date);
  return formatDay(date);
}

/** About one tick per 90 px, never fewer than two. */
export function axisTicks(scale: TimeScale, width: number): Date[] {
  return scale.ticks(Math.max(2, Math.floor(width / 90)));
}

/** Pixels per day at a scale. */
export function pixelsPerDay(scale: TimeScale): number {
  const [start] = scale.domain();
  if (!start) return 1;
  return scale(utcDay.offset(start, 1)) - scale(start);
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
