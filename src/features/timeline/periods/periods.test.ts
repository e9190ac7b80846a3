import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from '../../../lib/calendar-date';
import { formatDateRange } from '../../../lib/format-date';
import { realIndex } from '../../../test/fixtures';
import {
  edgeMarkerBox,
  LABEL_CHAR_PX,
  packPeriodRows,
  PERIOD_GAP_PX,
  periodExtent,
  periodExtents,
  periodMarks,
  periodText,
  placePeriods,
  type Extent,
  type PeriodMark,
} from './periods';
import { fitPeriodLabels, type PeriodLayout } from './period-labels';
import { baseScale, dayToX, timelineDomain } from '../timeline-scale';

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

/** `dayToX` zoomed by `k` about pixel `centre`, as d3-zoom's buttons and wheel zoom. */
const zoomed = (toX: (day: number) => number, k: number, centre: number) => (day: number) =>
  centre + k * (toX(day) - centre);

/** Where a fitted label's text lies, measured as the fitting measures it; null if none. */
function labelSpan(layout: PeriodLayout): Extent | null {
  if (!layout.text) return null;
  if (layout.side !== 'within')
    return { start: layout.box.x, end: layout.box.x + layout.box.width };
  const textPx = px(layout.text.length);
  const start = layout.anchor === 'start' ? layout.textX : layout.textX - textPx;
  return { start, end: start + textPx };
}

/** Everything a fitted mark draws: its bar or marker box, and its label. */
function drawnSpans(layout: PeriodLayout): Extent[] {
  const label = labelSpan(layout);
  const box = { start: layout.box.x, end: layout.box.x + layout.box.width };
  return [...(layout.drawn ? [box] : []), ...(label ? [label] : [])];
}

/** How far apart two spans are: negative where they overlap. */
const distance = (a: Extent, b: Extent) => Math.max(a.start - b.end, b.start - a.end);


/** A period for the properties: any start, length, label, and dates as the data writes them. */
const periodSpan = fc
  .record({
    startDay: fc.integer({ min: -3000, max: 3000 }),
    length: fc.integer({ min: 0, max: 2000 }),
    label: fc.string({ minLength: 1, maxLength: 40 }),
    dates: fc.constantFrom('2013', 'June 2010', '2022–2024', '1 January 2013 – 31 December 2015'),
  })
  .map(({ startDay, length, label, dates }) => ({ startDay, endDay: startDay + length, label, dates }));
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

  it('writes a period’s dates in the interface’s language', () => {
    const term = (lang?: 'ru' | 'zh') =>
      periodMarks(realIndex, lang).marks.find((m) => m.label.startsWith('Secretary-General'))?.dates;
    expect(term()).toBe('1 January 2013 – 31 December 2015');
    // Intl may join the year and "г." with a no-break space.
    expect(term('ru')?.replace(/\s/g, ' ')).toBe('1 января 2013 г. – 31 декабря 2015 г.');
    expect(term('zh')).toBe('2013年1月1日至2015年12月31日');
  });

  it('packs nothing into no rows', () => {
    expect(packPeriodRows([], x, 1200)).toEqual({ rows: [], rowCount: 0 });
  });

  describe('properties', () => {
    const mark = periodSpan;
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

describe('fitPeriodLabels', () => {
  // A row of the synthetic chronology, as a 1440 px window shows it: a 1062 px plot from mid
  // 2001 to mid 2026, where the term of office and the next summit share the top row.
  const width = 1062;
  const base = daysToPx('2001-06-05', '2026-06-23', width);
  const term = period('Term of office', '2019-01-01', '2021-12-31');
  const summit = period('Next summit', '2026', '2026');
  const { marks } = placePeriods([term, summit], base, width);
  const fit = (k: number) => fitPeriodLabels(marks, zoomed(base, k, width / 2), width);

  it('draws every label whole, where the packer put it, at the unzoomed scale', () => {
    expect(marks.map((m) => m.row)).toEqual([0, 0]);
    const [t, s] = fit(1);
    const whole = { side: 'within', anchor: 'end', shortened: false };
    expect(t).toMatchObject({ ...whole, text: periodText(term) });
    expect(s).toMatchObject({ ...whole, text: periodText(summit) });
    expect(labelSpan(t!)!.start).toBeCloseTo(periodExtents(marks, base, width)[0]!.start);
  });

  it('zoomed in, cuts the term’s label short of the next summit’s edge marker', () => {
    // One step of the toolbar's "+" and a little less: the term's bar is wide enough for its
    // label inside, whose end ran under the marker.
    const [t, s] = fit(1.2);
    expect(s).toMatchObject({ side: 'after', drawn: true, text: 'Next summit,… →' });
    expect(t).toMatchObject({ side: 'within', inside: true, text: 'Term of office, 1 Januar…' });
    expect(distance(labelSpan(t!)!, labelSpan(s!)!)).toBeGreaterThanOrEqual(PERIOD_GAP_PX);
    expect(s!.box.x + s!.box.width).toBe(width);
  });

  it('zoomed in until the term runs off the plot, keeps the marker that has no room undrawn', () => {
    const [t, s] = fit(1.6);
    expect(t!.box.x + t!.box.width).toBe(width);
    expect(s).toMatchObject({ side: 'after', drawn: false, text: '', shortened: true });
    // Its focus ring still has a place at the plot's edge.
    expect(s!.box.x + s!.box.width).toBe(width);
  });

  it('zoomed in until the term runs off the plot, draws the marker in a row with a free edge', () => {
    // The synthetic strip's second row: a period of the early 2000s, far from the right edge.
    const early = period('Programme period', '2003-01-01', '2004-12-31');
    const strip = [...marks, { ...early, id: 'early', row: 1 }];
    const [t, s, e] = fitPeriodLabels(strip, zoomed(base, 1.6, width / 2), width);
    expect(t).toMatchObject({ row: 0, drawn: true });
    expect(s).toMatchObject({ side: 'after', row: 1, drawn: true, text: 'Next summit, 2026 →' });
    expect(e).toMatchObject({ row: 1, shortened: false });
    expect(s!.box.x + s!.box.width).toBe(width);
    // No room there either (a bar runs off the edge in every row): it stays in its own row, undrawn.
    const blocked = [...marks, { ...term, id: 'blocked', row: 1 }];
    const [, stays] = fitPeriodLabels(blocked, zoomed(base, 1.6, width / 2), width);
    expect(stays).toMatchObject({ row: 0, drawn: false });
  });

  it('zoomed out, puts the term’s label before its bar instead of over the summit’s bar', () => {
    const [t, s] = fit(1 / 1.6);
    expect(t).toMatchObject({ text: periodText(term), anchor: 'end', shortened: false });
    expect(labelSpan(t!)!.end).toBeLessThan(t!.box.x);
    expect(s).toMatchObject({ text: periodText(summit), anchor: 'start', shortened: false });
    expect(distance(labelSpan(t!)!, drawnSpans(s!)[0]!)).toBeGreaterThanOrEqual(PERIOD_GAP_PX);
  });

  it('cuts a label to the roomier side when neither takes it whole, and drops it when nothing fits', () => {
    const x = (day: number) => day - term.startDay + 400; // a pixel a day
    const span = (from: number, to: number) => ({
      ...summit,
      startDay: term.startDay + from,
      endDay: term.startDay + to,
      row: 0,
    });
    const narrow = { ...term, endDay: term.startDay + 59 }; // 400…460 px: too narrow to hold it
    // A wide bar to 200 px (its label inside it), and another from 520 px: 188 px free before
    // the narrow bar's label, 48 px after it.
    const [, t] = fitPeriodLabels([span(-400, -201), narrow, span(120, 320)], x, 5000);
    expect(t).toMatchObject({ anchor: 'end', textX: 396, shortened: true });
    expect(t!.text).toBe('Term of office, 1 January 201…');
    expect(labelSpan(t!)!.start).toBeGreaterThanOrEqual(200 + PERIOD_GAP_PX);
    // With the neighbours closing in, not four characters fit on either side.
    const [, u] = fitPeriodLabels([span(-400, -11), narrow, span(70, 320)], x, 5000);
    expect(u).toMatchObject({ text: '', shortened: true });
  });

  it('lines up edge markers of one side from the edge, sharing the room, furthest outermost', () => {
    const later = [
      period('Next summit', '2040', '2040'),
      period('Term', '2041', '2043'),
      period('Secretary-General’s term', '2044-01-01', '2046-12-31'),
    ];
    const plot = 800;
    const layouts = fitPeriodLabels(later, daysToPx('2000-01-01', '2029-12-31', plot), plot);
    expect(layouts.map((l) => l.side)).toEqual(['after', 'after', 'after']);
    const [summitBox, termBox, secretaryBox] = layouts.map((l) => l.box);
    expect(secretaryBox!.x + secretaryBox!.width).toBe(plot);
    expect(termBox!.x + termBox!.width).toBeCloseTo(secretaryBox!.x - PERIOD_GAP_PX);
    expect(summitBox!.x + summitBox!.width).toBeCloseTo(termBox!.x - PERIOD_GAP_PX);
    expect(summitBox!.x).toBeGreaterThanOrEqual(plot / 2 + 4); // a left marker keeps its half
    // The two short ones whole; the long one takes what they leave.
    expect(layouts.map((l) => l.text)).toEqual([
      'Next summit, 2040 →',
      'Term, 2041–2043 →',
      'Secretary-Genera… →',
    ]);
  });

  it('keeps the markers nearest the plot when not even their arrows all fit', () => {
    const later = ['2040', '2041', '2042', '2043', '2044'].map((year) =>
      period(`Summit ${year}`, year, year),
    );
    const plot = 200; // 96 px for the right-hand markers: three arrows and their gaps
    const layouts = fitPeriodLabels(later, daysToPx('2000-01-01', '2029-12-31', plot), plot);
    expect(layouts.map((l) => [l.drawn, l.text])).toEqual([
      [true, '→'],
      [true, '→'],
      [true, '→'],
      [false, ''],
      [false, ''],
    ]);
    expect(layouts[2]!.box.x + layouts[2]!.box.width).toBe(plot);
  });

  describe('properties', () => {
    const mark = periodSpan;
    const scene = fc.record({
      list: fc.array(mark, { maxLength: 20 }),
      width: fc.integer({ min: 200, max: 2000 }),
      // The unzoomed scale: linear, any origin and density.
      origin: fc.integer({ min: -5000, max: 5000 }),
      pxPerDay: fc.double({ min: 0.01, max: 20, noNaN: true, noDefaultInfinity: true }),
      // Zoomed as the timeline allows (ZOOM_EXTENT), about any point in or near the plot.
      k: fc.double({ min: 0.25, max: 80, noNaN: true, noDefaultInfinity: true }),
      centre: fc.double({ min: -0.5, max: 1.5, noNaN: true, noDefaultInfinity: true }),
    });
    type Scene = typeof scene extends fc.Arbitrary<infer T> ? T : never;
    const fitScene = ({ list, width, origin, pxPerDay, k, centre }: Scene) => {
      const unzoomed = (day: number) => origin + day * pxPerDay;
      const { rows } = packPeriodRows(list, unzoomed, width);
      const placed = list.map((m, i) => ({ ...m, row: rows[i] ?? 0 }));
      const layouts = fitPeriodLabels(placed, zoomed(unzoomed, k, centre * width), width);
      return { placed, layouts };
    };

    it('keeps every drawn label and edge marker PERIOD_GAP_PX clear of the other marks of the row it is drawn in, at any zoom', () => {
      fc.assert(
        fc.property(scene, (input) => {
          const { placed, layouts } = fitScene(input);
          expect(layouts).toHaveLength(placed.length);
          layouts.forEach((a, i) => {
            // A bar's label, or a marker's box (a marker may have moved to another row).
            const own = a.side === 'within' ? [labelSpan(a)].filter((x) => x !== null) : drawnSpans(a);
            for (const span of own) {
              expect(span.start).toBeGreaterThanOrEqual(-1e-6);
              expect(span.end).toBeLessThanOrEqual(input.width + 1e-6);
              layouts.forEach((b, j) => {
                if (i === j || a.row !== b.row) return;
                for (const other of drawnSpans(b)) {
                  expect(
                    distance(span, other),
                    `mark ${i} and mark ${j} in row ${a.row}`,
                  ).toBeGreaterThanOrEqual(PERIOD_GAP_PX - 1e-6);
                }
              });
            }
          });
        }),
        { seed: 42, numRuns: 500 },
      );
    });

    it('draws a marker in another row only where its own has no room, and only in a row of the strip', () => {
      fc.assert(
        fc.property(scene, (input) => {
          const { placed, layouts } = fitScene(input);
          const rowCount = Math.max(0, ...placed.map((m) => m.row + 1));
          layouts.forEach((layout, i) => {
            expect(layout.row).toBeGreaterThanOrEqual(0);
            expect(layout.row).toBeLessThan(Math.max(1, rowCount));
            if (layout.row !== placed[i]!.row) {
              expect(layout.side).not.toBe('within');
              expect(layout.drawn).toBe(true);
            }
          });
        }),
        { seed: 42, numRuns: 300 },
      );
    });

    it('at the scale the rows were packed at, cuts no label the packer found room for', () => {
      fc.assert(
        fc.property(scene, ({ list, width, origin, pxPerDay }) => {
          const unzoomed = (day: number) => origin + day * pxPerDay;
          const { rows } = packPeriodRows(list, unzoomed, width);
          const placed = list.map((m, i) => ({ ...m, row: rows[i] ?? 0 }));
          const layouts = fitPeriodLabels(placed, unzoomed, width);
          const extents = periodExtents(list, unzoomed, width);
          placed.forEach((mark, i) => {
            const { side, text } = layouts[i]!;
            const { start, end } = extents[i]!;
            if (side !== 'within') {
              expect(text).toBe(edgeMarkerBox(side, width, periodText(mark)).label);
            } else if (start >= 0 && end <= width) {
              expect(text).toBe(periodText(mark));
            }
          });
        }),
        { seed: 42, numRuns: 500 },
      );
    });

    it('never draws a label longer than its text, and marks a cut one as shortened', () => {
      fc.assert(
        fc.property(scene, (input) => {
          const { placed, layouts } = fitScene(input);
          placed.forEach((mark, i) => {
            const { side, text, shortened } = layouts[i]!;
            const full = periodText(mark);
            const words = side === 'within' ? text : text.replace(/^← |^←$| →$|^→$/, '');
            expect(words.length).toBeLessThanOrEqual(full.length);
            expect(shortened).toBe(words !== full);
            if (shortened && words) expect(words.endsWith('…')).toBe(true);
          });
        }),
        { seed: 42, numRuns: 500 },
      );
    });
  });
});
