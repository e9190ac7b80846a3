import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { drawLanes, type RectContext } from './draw-lanes';
import { layoutLanes } from './lanes';
import { timelineLayout } from './timeline-layout';

/** Records what is filled, in which colour. */
function recorder() {
  const fills: { colour: string; rects: number[][] }[] = [];
  let path: number[][] = [];
  const context: RectContext = {
    fillStyle: '',
    beginPath: () => {
      path = [];
    },
    rect: (x, y, w, h) => path.push([x, y, w, h]),
    fill() {
      fills.push({ colour: typeof this.fillStyle === 'string' ? this.fillStyle : '?', rects: path });
    },
  };
  return { context, fills };
}

const { lanes, rowCount } = layoutLanes(realIndex, realIndex.meetings, 'ministry');
const layout = timelineLayout(lanes, rowCount, 0, true);
const first = realIndex.span.startDay;

describe('drawLanes', () => {
  it('fills each colour once, with one rectangle per meeting in view', () => {
    const { context, fills } = recorder();
    const colourOf = (m: { categoryId: string }) => m.categoryId;
    const drawn = drawLanes(context, {
      lanes,
      layout,
      dayToX: (day) => (day - first) * 2,
      width: 10_000,
      colourOf,
    });
    expect(drawn).toBe(realIndex.meetings.length);
    expect(fills.map((f) => f.colour).sort()).toEqual(
      [...new Set(realIndex.meetings.map(colourOf))].sort(),
    );
    expect(fills.flatMap((f) => f.rects)).toHaveLength(realIndex.meetings.length);
  });

  it('places a mark from its first day to the end of its last, in its row', () => {
    const { context, fills } = recorder();
    const lane = lanes[0]!;
    const { meeting, row } = lane.placed[0]!;
    drawLanes(context, {
      lanes: [lane],
      layout,
      dayToX: (day) => (day - first) * 10,
      width: 10_000,
      colourOf: () => 'x',
    });
    const [x, y, w, h] = fills[0]!.rects[0]!;
    expect(x).toBe((meeting.startDay - first) * 10);
    expect(w).toBe((meeting.endDay + 1 - meeting.startDay) * 10 - 0.5);
    expect(y).toBe(layout.rowTop(0, lane.firstRow, row) + 1);
    expect(h).toBe(layout.rowHeight - 3);
  });

  it('skips marks outside the plot', () => {
    const { context } = recorder();
    const half = (realIndex.span.endDay - first) / 2;
    const drawn = drawLanes(context, {
      lanes,
      layout,
      dayToX: (day) => day - first,
      width: half,
      colourOf: () => 'x',
    });
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(realIndex.meetings.length);
  });

  it('keeps one-day marks visible when zoomed far out', () => {
    const { context, fills } = recorder();
    drawLanes(context, {
      lanes,
      layout,
      dayToX: (day) => (day - first) * 0.01,
      width: 10_000,
      colourOf: () => 'x',
    });
    const widths = fills.flatMap((f) => f.rects).map(([, , w]) => w);
    expect(widths).toHaveLength(realIndex.meetings.length);
    expect(Math.min(...(widths as number[]))).toBe(2);
  });
});
