import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from '../../lib/calendar-date';
import { formatDateRange } from '../../lib/format-date';
import { realIndex } from '../../test/fixtures';
import {
  edgeMarkerBox,
  LABEL_CHAR_PX,
  packPeriodRows,
  PERIOD_GAP_PX,
  periodExtent,
  periodExtents,
  periodMarks,
  placePeriods,
  type Extent,
  type PeriodMark,
} from './periods';
import { baseScale, dayToX, timelineDomain } from './timeline-scale';

/** A mark as periodMarks makes one, from a label and calendar dates. */
function period(label: string, start: string, end: string, id = label): PeriodMark {
  return {
    id,
    decisionId: id,
    decisionTitle: id,
    label,
    dates: formatDateRange(start, end),
    startDay: firstDay(start),
    endDay: lastDay(end),
    row: 0,
  };
}

/** The unzoomed scale of a timeline showing `from`…`to` across `width` pixels. */
const daysToPx = (from: string, to: string, width: number) =>
  dayToX(baseScale({ startDay: firstDay(from), endDay: lastDay(to) }, width));

const px = (chars: number) => chars * LABEL_CHAR_PX;

describe('periodExtent', () => {
  const text = 'Next summit, 2013'; // 17 characters, about 105 px

  it('is the bar alone when the label fits inside it', () => {
    expect(periodExtent(100, 400, 800, text)).toEqual({ start: 100, end: 400 });
  });

  it('runs on with an inside label longer than its bar', () => {
    const long = 'Secretary-General’s term, 1 January 2013 – 31 December 2015';
    expect(periodExtent(100, 250, 800, long)).toEqual({ start: 100, end: 104 + px(long.length) });
  });

  it('takes in a label after a narrow bar, or before it at the right edge', () => {
    expect(periodExtent(100, 130, 800, text)).toEqual({ start: 100, end: 134 + px(text.length) });
    expect(periodExtent(760, 790, 800, text)).toEqual({ start: 756 - px(text.length), end: 790 });
  });

  it('clips a bar to the plot and draws a short one 4 px wide', () => {
    expect(periodExtent(-500, 300, 800, text)).toEqual({ start: 0, end: 300 });
    expect(periodExtent(100, 100.5, 800, 'x')).toEqual({ start: 100, end: 104.5 + px(1) });
  });

  it('is the edge marker for a period outside the plot', () => {
    const after = edgeMarkerBox('after', 800, text);
    expect(periodExtent(900, 1200, 800, text)).toEqual({ start: 800 - after.boxWidth, end: 800 });
    expect(periodExtent(-300, -10, 800, text)).toEqual({
      start: 0,
      end: edgeMarkerBox('before', 800, text).boxWidth,
    });
    expect(after.label).toBe('Next summit, 2013 →');
  });
});

describe('packPeriodRows', () => {
  // A synthetic chronology's two decisions: adjacent in time, so packing by days alone put
  // them in one row, and the term's label ran over the programme's bar.
  const term = period('Term of office', '2019-01-01', '2021-12-31');
  const programme = period('Programme period', '2022', '2024');
  const x = daysToPx('2000-01-01', '2029-12-31', 1200); // 40 px a year: bars too narrow for labels

  it('puts two adjacent periods in separate rows when a label would run over the neighbour', () => {
    expect(packPeriodRows([term, programme], x, 1200)).toEqual({ rows: [0, 1], rowCount: 2 });
  });

  it('keeps two periods in one row when their labels clear each other', () => {
    const earlier = period('Programme period', '2005', '2006'); // its label ends near x = 450
    expect(packPeriodRows([term, earlier], x, 1200)).toEqual({ rows: [0, 0], rowCount: 1 });
  });

  it('parts bars that touch even when their labels fit inside: in one row they read as one', () => {
    const wide = daysToPx('2018-01-01', '2025-12-31', 1200); // 150 px a year
    expect(packPeriodRows([term, programme], wide, 1200)).toEqual({ rows: [0, 1], rowCount: 2 });
  });

  it('keeps PERIOD_GAP_PX between marks in a row', () => {
    // At a pixel a day, both bars carry their labels inside: `gap` days apart is `gap` px.
    const startingAfter = (gap: number) => ({
      ...programme,
      startDay: term.endDay + 1 + gap,
      endDay: term.endDay + 1000,
    });
    const pack = (gap: number) =>
      packPeriodRows([term, startingAfter(gap)], (day) => day - term.startDay, 5000);
    expect(pack(PERIOD_GAP_PX).rowCount).toBe(1);
    expect(pack(PERIOD_GAP_PX - 1).rowCount).toBe(2);
  });

  it('stacks edge markers on one side, and lets a left and a right one share a row', () => {
    const before = period('Agreement signed', '1990', '1990');
    const afterA = period('Next summit', '2040', '2040');
    const afterB = period('Term', '2041', '2043');
    expect(packPeriodRows([afterA, before, afterB], x, 1200)).toEqual({
      rows: [0, 0, 1],
      rowCount: 2,
    });
  });

  it('gives the real dataset four rows at its unzoomed scale, one per period of 2013', () => {
    const { marks } = periodMarks(realIndex);
    const scale = baseScale(timelineDomain(realIndex.span, null, null), 1440);
    const { rows, rowCount } = packPeriodRows(marks, dayToX(scale), 1440);
    expect(rowCount).toBe(4);
    const rows2013 = marks.flatMap((m, i) => (m.startDay >= firstDay('2013') ? [rows[i]] : []));
    expect(new Set(rows2013).size).toBe(4);
  });

  it('packs nothing into no rows', () => {
    expect(packPeriodRows([], x, 1200)).toEqual({ rows: [], rowCount: 0 });
  });

  describe('properties', () => {
    const mark = fc
      .record({
        startDay: fc.integer({ min: -3000, max: 3000 }),
        length: fc.integer({ min: 0, max: 2000 }),
        label: fc.string({ minLength: 1, maxLength: 40 }),
        dates: fc.constantFrom(
          '2013',
          'June 2010',
          '2022–2024',
          '1 January 2013 – 31 December 2015',
        ),
      })
      .map(({ startDay, length, label, dates }) => ({
        startDay,
        endDay: startDay + length,
        label,
        dates,
      }));
    const marks = fc.array(mark, { maxLength: 20 });
    const width = fc.integer({ min: 200, max: 2000 });
    // A linear day → x scale, as the timeline's unzoomed scale is: any origin, any density.
    const linear = fc
      .record({
        origin: fc.integer({ min: -5000, max: 5000 }),
        pxPerDay: fc.double({ min: 0.01, max: 20, noNaN: true, noDefaultInfinity: true }),
      })
      .map(
        ({ origin, pxPerDay }) =>
          (day: number) =>
            origin + day * pxPerDay,
      );

    const apart = (a: Extent, b: Extent) =>
      a.end + PERIOD_GAP_PX <= b.start || b.end + PERIOD_GAP_PX <= a.start;

    it('never lets two marks in one row come closer than the gap, and gives each a row in [0, rowCount)', () => {
      fc.assert(
        fc.property(marks, linear, width, (list, toX, plotWidth) => {
          const { rows, rowCount } = packPeriodRows(list, toX, plotWidth);
          const extents = periodExtents(list, toX, plotWidth);
          expect(rows).toHaveLength(list.length);
          for (const row of rows) {
            expect(Number.isInteger(row)).toBe(true);
            expect(row).toBeGreaterThanOrEqual(0);
            expect(row).toBeLessThan(rowCount);
          }
          expect(new Set(rows).size).toBe(rowCount); // no empty rows
          for (let a = 0; a < list.length; a++) {
            for (let b = a + 1; b < list.length; b++) {
              if (rows[a] !== rows[b]) continue;
              expect(
                apart(extents[a]!, extents[b]!),
                `marks ${a} and ${b} overlap in row ${rows[a]}`,
              ).toBe(true);
            }
          }
        }),
        { seed: 42, numRuns: 400 },
      );
    });

    it('never puts periods that overlap in time in one row, so their bars stay apart at any zoom', () => {
      fc.assert(
        fc.property(marks, linear, width, (list, toX, plotWidth) => {
          const { rows } = packPeriodRows(list, toX, plotWidth);
          for (let a = 0; a < list.length; a++) {
            for (let b = a + 1; b < list.length; b++) {
              const [p, q] = [list[a]!, list[b]!];
              if (p.startDay <= q.endDay && q.startDay <= p.endDay)
                expect(rows[a]).not.toBe(rows[b]);
            }
          }
        }),
        { seed: 42, numRuns: 400 },
      );
    });
  });
});

describe('placePeriods', () => {
  it('returns the marks unchanged but for their rows', () => {
    const marks = [
      period('Term of office', '2019-01-01', '2021-12-31'),
      period('Programme period', '2022', '2024'),
    ];
    const placed = placePeriods(marks, daysToPx('2000-01-01', '2029-12-31', 1200), 1200);
    expect(placed.rowCount).toBe(2);
    expect(placed.marks).toEqual([marks[0], { ...marks[1], row: 1 }]);
  });
});
