import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dayToUtcDate, firstDay, lastDay } from '../../lib/calendar-date';
import { formatDateRange } from '../../lib/format-date';
import { realIndex } from '../../test/fixtures';
import { PeriodStrip } from './PeriodStrip';
import { LABEL_CHAR_PX, periodExtents, periodMarks, periodSide, type PeriodMark } from './periods';
import { baseScale, dayToX, timelineDomain } from './timeline-scale';

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

/** The left and right edge of an SVG element's drawn box, text measured as the packer does. */
function drawnSpan(element: Element): [number, number] {
  const x = Number(element.getAttribute('x'));
  if (element.tagName === 'rect') return [x, x + Number(element.getAttribute('width'))];
  const textPx = element.textContent.length * LABEL_CHAR_PX;
  return element.getAttribute('text-anchor') === 'end' ? [x - textPx, x] : [x, x + textPx];
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
    const { container } = render(
      <svg>
        <PeriodStrip
          marks={marks}
          scale={scale}
          width={width}
          top={0}
          rowHeight={22}
          selectedDecisionId={null}
          onSelect={() => undefined}
        />
      </svg>,
    );
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
});
