import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcMonth, utcYear } from 'd3-time';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { dayToUtcDate, firstDay, utcDateToDay } from '../../lib/calendar-date';
import { axisTicks, baseScale, dayToX, markGeometry, pixelsPerDay, tickLabel, timelineDomain } from './timeline-scale';

// The axis used d3's scaleUtc and utcFormat; it now avoids d3-time-format in the first view.
// These tests hold it to the same ticks and labels (d3 is imported here only, as the reference).
const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%-d %b');
function referenceLabel(date: Date): string {
  if (utcYear.floor(date).getTime() === date.getTime()) return formatYear(date);
  if (utcMonth.floor(date).getTime() === date.getTime()) return formatMonth(date);
  return formatDay(date);
}

describe('tickLabel', () => {
  it('gives the year on 1 January, the month on the 1st, else the day and month', () => {
    expect(tickLabel(dayToUtcDate(firstDay('2012-01-01')))).toBe('2012');
    expect(tickLabel(dayToUtcDate(firstDay('2011-10-01')))).toBe('Oct');
    expect(tickLabel(dayToUtcDate(firstDay('2011-09-01')))).toBe('Sep');
    expect(tickLabel(dayToUtcDate(firstDay('2012-04-24')))).toBe('24 Apr');
    expect(tickLabel(dayToUtcDate(firstDay('2012-06-07')))).toBe('7 Jun');
    // Noon on the 1st is not a month boundary.
    expect(tickLabel(new Date(Date.UTC(2012, 5, 1, 12)))).toBe('1 Jun');
  });

  it('matches d3 utcFormat for any instant', () => {
    const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
    const midnight = fc.integer({ min: -25_000, max: 47_000 }).map((day) => day * 86_400_000);
    fc.assert(
      fc.property(fc.oneof(instant, midnight), (ms) => {
        const date = new Date(ms);
        expect(tickLabel(date)).toBe(referenceLabel(date));
      }),
    );
  });
});

describe('baseScale and axisTicks', () => {
  const domain = timelineDomain({ startDay: firstDay('2011-09-28'), endDay: firstDay('2012-06-07') }, null, null);

  it('maps the first midnight to 0 and the midnight after the last day to the width', () => {
    const scale = baseScale(domain, 1000);
    expect(scale(dayToUtcDate(domain.startDay))).toBe(0);
    expect(scale(dayToUtcDate(domain.endDay + 1))).toBeCloseTo(1000);
    expect(utcDateToDay(new Date(scale.invert(500)))).toBe(Math.round((domain.startDay + domain.endDay + 1) / 2));
    expect(pixelsPerDay(scale)).toBeCloseTo(1000 / (domain.endDay + 1 - domain.startDay));
    const mark = markGeometry(scale, domain.startDay, domain.startDay);
    expect([mark.x0, mark.multiDay]).toEqual([0, false]);
  });

  it('zooms with d3-zoom: rescaleX keeps a scale the timeline can use', () => {
    const base = baseScale(domain, 1000);
    const zoomed = zoomIdentity.translate(-500, 0).scale(2).rescaleX(base);
    expect(pixelsPerDay(zoomed)).toBeCloseTo(2 * pixelsPerDay(base));
    expect(zoomed(dayToUtcDate(domain.startDay))).toBeCloseTo(-500);
    expect(utcDateToDay(new Date(zoomed.invert(-500)))).toBe(domain.startDay);
    expect(axisTicks(zoomed, 1000).map((tick) => tickLabel(tick))).toContain('2012');
  });

  it('labels the default axis from September 2011 to June 2012', () => {
    const labels = axisTicks(baseScale(domain, 1000), 1000).map((tick) => tickLabel(tick));
    expect(labels).toContain('Oct');
    expect(labels).toContain('2012');
    expect(labels).toContain('Jun');
    expect(labels).not.toContain('Jul');
  });

  it('gives the ticks of d3 scaleUtc for the same domain, zoomed in or out, in any width', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        // Any span from a few hours (zoomed in on a day) to decades, anywhere in 1915–2080.
        fc.integer({ min: -20_000 * day, max: 40_000 * day }),
        fc.oneof(fc.integer({ min: 3_600_000, max: 30 * day }), fc.integer({ min: 30 * day, max: 20_000 * day })),
        fc.integer({ min: 0, max: 3_000 }),
        (start, length, width) => {
          const ours = baseScale({ startDay: 0, endDay: 0 }, width).domain([start, start + length]);
          const reference = scaleUtc()
            .domain([new Date(start), new Date(start + length)])
            .range([0, Math.max(1, width)]);
          const ticks = axisTicks(ours, width);
          const count = Math.max(2, Math.floor(width / 90));
          expect(ticks.map((t) => t.getTime())).toEqual(reference.ticks(count).map((t) => t.getTime()));
          for (const tick of ticks) expect(ours(tick)).toBeCloseTo(reference(tick), 6);
        },
      ),
    );
  });
});

describe('dayToX', () => {
  it('places a day where the scale places its midnight, at any span, width and zoom', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 100, max: 4000 }),
        fc.double({ min: 0.25, max: 200, noNaN: true }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (startDay, length, width, k, day) => {
          const base = baseScale({ startDay, endDay: startDay + length }, width);
          const scale = zoomIdentity.translate(-width * (k / 3), 0).scale(k).rescaleX(base);
          const expected = scale(dayToUtcDate(day));
          // Within a thousandth of a pixel on screen; far off screen, within rounding of doubles.
          const tolerance = 1e-3 + Math.abs(expected) * 1e-9;
          expect(Math.abs(dayToX(scale)(day) - expected)).toBeLessThanOrEqual(tolerance);
        },
      ),
    );
  });
});

describe('tickLabel in Russian and Chinese', () => {
  it('names months and days in the language, in UTC', () => {
    const day = dayToUtcDate(firstDay('2012-04-24'));
    const month = dayToUtcDate(firstDay('2011-10-01'));
    expect(tickLabel(day, 'ru')).toBe('24 апр.');
    expect(tickLabel(month, 'ru')).toBe('окт.');
    expect(tickLabel(day, 'zh')).toBe('4月24日');
    expect(tickLabel(month, 'zh')).toBe('10月');
    expect(tickLabel(dayToUtcDate(firstDay('2012-01-01')), 'zh')).toBe('2012');
  });
});
