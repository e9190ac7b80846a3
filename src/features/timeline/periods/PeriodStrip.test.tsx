import { render } from '@testing-library/react';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { dayToUtcDate, firstDay, lastDay } from '../../../lib/calendar-date';
import { formatDateRange } from '../../../lib/format-date';
import { realIndex } from '../../../test/fixtures';
import { PeriodStrip } from './PeriodStrip';
import {
  LABEL_CHAR_PX,
  PERIOD_GAP_PX,
  periodExtents,
  periodMarks,
  periodSide,
  placePeriods,
  type PeriodMark,
} from './periods';
import { baseScale, dayToX, timelineDomain, type TimeScale } from '../timeline-scale';

const period = (label: string, start: string, end: string): PeriodMark => ({
  id: label,
  decisionId: label,
  decisionTitle: label,
  label,
  dates: formatDateRange(start, end),
  startDay: firstDay(start),
  endDay: lastDay(end),
  row: 0,
});

/** What a text element shows: its own text, not that of a title inside it. */
const shownText = (element: Element) =>
  [...element.childNodes]
    .flatMap((n) => (n.nodeType === Node.TEXT_NODE ? [n.textContent] : []))
    .join('');

/** The left and right edge of an SVG element's drawn box, text measured as the packer does. */
function drawnSpan(element: Element): [number, number] {
  const x = Number(element.getAttribute('x'));
  if (element.tagName === 'rect') return [x, x + Number(element.getAttribute('width'))];
  const textPx = shownText(element).length * LABEL_CHAR_PX;
  return element.getAttribute('text-anchor') === 'end' ? [x - textPx, x] : [x, x + textPx];
}

/** The strip alone in an SVG, rows 22 px apart from the top, nothing selected. */
function renderStrip(marks: PeriodMark[], scale: TimeScale, width: number): HTMLElement {
  return render(
    <svg>
      <PeriodStrip marks={marks} scale={scale} width={width} top={0} rowHeight={22} selectedDecisionId={null} onSelect={() => undefined} />
    </svg>,
  ).container;
}

describe('PeriodStrip', () => {
  it('draws each bar, label and edge marker within the extent its row was packed by', () => {
    // The real periods (one before the plot, four after it) and two within it: a wide bar
    // and a narrow one whose label goes outside.
    const marks = [
      ...periodMarks(realIndex).marks,
      period('Wide period', '2011-09-01', '2012-02-28'),
      period('Narrow period', '2012-03-01', '2012-03-05'),
    ];
    const width = 900;
    const scale = baseScale(timelineDomain(realIndex.span, null, null), width);
    const extents = periodExtents(marks, dayToX(scale), width);
    const container = renderStrip(marks, scale, width);
    const sides = new Set<string>();
    marks.forEach((mark, i) => {
      const extent = extents[i]!;
      const g = container.querySelector(`[data-period-id="${CSS.escape(mark.id)}"]`)!;
      const side = periodSide(
        scale(dayToUtcDate(mark.startDay)),
        scale(dayToUtcDate(mark.endDay + 1)),
        width,
      );
      sides.add(side);
      // Focus rings show one at a time and fall within the gap; an edge marker's text is
      // inside its box, so the box is what it occupies.
      const drawn = [
        ...g.querySelectorAll('rect:not(.focus-ring)'),
        ...(side === 'within' ? [g.querySelector('text')!] : []),
      ];
      for (const element of drawn) {
        const [left, right] = drawnSpan(element);
        expect(left, `${mark.label} ${element.tagName}`).toBeGreaterThanOrEqual(
          extent.start - 1e-6,
        );
        expect(right, `${mark.label} ${element.tagName}`).toBeLessThanOrEqual(extent.end + 1e-6);
      }
    });
    expect([...sides].sort()).toEqual(['after', 'before', 'within']);
  });

  describe('zoomed', () => {
    // The synthetic chronology's top row on a 1062 px plot: a term of office, then the next
    // summit. Rows are packed unzoomed; zooming in brought the summit's marker over the
    // term's label, zooming out the term's label over the summit's bar.
    const width = 1062;
    const domain = { startDay: firstDay('2001-06-05'), endDay: firstDay('2026-06-23') };
    const base = baseScale(domain, width);
    const { marks } = placePeriods(
      [period('Term of office', '2019-01-01', '2021-12-31'), period('Next summit', '2026', '2026')],
      dayToX(base),
      width,
    );
    /** The scale after the toolbar's zoom buttons, which zoom about the plot's centre. */
    const zoomedBy = (k: number) =>
      zoomIdentity
        .translate((width / 2) * (1 - k), 0)
        .scale(k)
        .rescaleX(base);
    const renderAt = (scale: TimeScale) => renderStrip(marks, scale, width);
    const mark = (container: Element, id: string) =>
      container.querySelector(`[data-period-id="${CSS.escape(id)}"]`)!;
    /** Everything a mark draws but its focus ring (which shows one at a time). */
    const drawn = (g: Element) =>
      [...g.querySelectorAll('rect:not(.focus-ring), text')].map(drawnSpan);

    it.each([1.2, 1 / 1.6, 1 / 2.56])('keeps each label clear of the other mark at ×%f', (k) => {
      const container = renderAt(zoomedBy(k));
      expect(marks.map((m) => m.row)).toEqual([0, 0]);
      const [term, summit] = [mark(container, 'Term of office'), mark(container, 'Next summit')];
      for (const [a, b] of [
        [term, summit],
        [summit, term],
      ] as const) {
        const label = a.querySelector('text');
        if (!label) continue;
        const [start, end] = drawnSpan(label);
        for (const [left, right] of drawn(b)) {
          expect(Math.max(start - right, left - end)).toBeGreaterThanOrEqual(PERIOD_GAP_PX - 1e-6);
        }
      }
    });

    it('shows a cut label’s full text as a title, and none on a whole one', () => {
      const zoomedIn = renderAt(zoomedBy(1.2));
      const term = mark(zoomedIn, 'Term of office');
      expect(shownText(term.querySelector('text')!)).toBe('Term of office, 1 Januar…');
      // In the label, which is hidden from screen readers: they have it from the aria-label.
      expect(term.querySelector('text > title')?.textContent).toBe(
        'Term of office, 1 January 2019 – 31 December 2021',
      );
      expect(term.querySelector(':scope > title')).toBeNull();
      expect(term.getAttribute('aria-label')).toMatch(
        /^Term of office, 1 January 2019 – 31 December 2021\./,
      );
      expect(mark(renderAt(base), 'Term of office').querySelector('title')).toBeNull();
    });

    it('draws a marker without room as no more than its focus ring, still to be tabbed to', () => {
      const summit = mark(renderAt(zoomedBy(1.6)), 'Next summit');
      expect(summit.querySelectorAll('rect:not(.focus-ring), text')).toHaveLength(0);
      expect(summit.querySelector('.focus-ring')).not.toBeNull();
      expect(summit.getAttribute('tabindex')).toBe('0');
    });
  });
});
