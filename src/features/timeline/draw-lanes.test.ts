import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { drawLanes, packColour, type PixelBuffer } from './draw-lanes';
import { layoutLanes } from './lanes';
import { timelineLayout } from './timeline-layout';

const { lanes, rowCount } = layoutLanes(realIndex, realIndex.meetings, 'ministry');
const layout = timelineLayout(lanes, rowCount, 0, true);
const first = realIndex.span.startDay;

function buffer(width: number, height = Math.ceil(layout.height * 2)): PixelBuffer {
  return { pixels: new Uint32Array(width * height), width, height };
}
const at = (b: PixelBuffer, x: number, y: number) => b.pixels[Math.round(y) * b.width + Math.round(x)];

describe('packColour', () => {
  it('packs #rrggbb and #rgb as opaque little-endian RGBA, and greys anything else', () => {
    expect(packColour('#2f5d8c')).toBe(0xff8c5d2f);
    expect(packColour('#fff')).toBe(0xffffffff);
    expect(packColour('rebeccapurple')).toBe(0xff777777);
  });
});

describe('drawLanes', () => {
  it('fills each meeting from its first day to the end of its last, across its bar, in its row', () => {
    const b = buffer(4000);
    const drawn = drawLanes(b, { lanes, layout, dayToX: (day) => (day - first) * 10, ratio: 1, colourOf: () => 7 });
    expect(drawn).toBe(realIndex.meetings.length);
    const lane = lanes[0]!;
    const { meeting, row } = lane.placed[0]!;
    const top = layout.rowTop(0, lane.firstRow, row) + 1;
    const x0 = (meeting.startDay - first) * 10;
    const x1 = (meeting.endDay + 1 - first) * 10 - 1;
    expect(at(b, x0, top)).toBe(7);
    expect(at(b, x1 - 1, top + layout.rowHeight - 4)).toBe(7);
    expect(at(b, x1 + 0.5, top)).not.toBe(7);
    expect(at(b, x0, top + layout.rowHeight - 3)).toBe(0);
    expect(at(b, x0, top - 1)).toBe(0);
  });

  it('paints in each meeting’s own colour and scales to device pixels', () => {
    const b = buffer(8000);
    const colours = new Map(realIndex.meetings.map((m, i) => [m.id, i + 1]));
    drawLanes(b, { lanes, layout, dayToX: (day) => (day - first) * 10, ratio: 2, colourOf: (m) => colours.get(m.id) ?? 0 });
    lanes.forEach((lane, laneIndex) => {
      for (const { meeting, row } of lane.placed) {
        const top = (layout.rowTop(laneIndex, lane.firstRow, row) + 1) * 2;
        expect(at(b, (meeting.startDay - first) * 20, top)).toBe(colours.get(meeting.id));
      }
    });
  });

  it('skips marks outside the plot, and clears what an earlier draw left', () => {
    const b = buffer(200);
    b.pixels.fill(9);
    const half = (realIndex.span.endDay - first) / 2;
    const drawn = drawLanes(b, { lanes, layout, dayToX: (day) => ((day - first) / half) * 200, ratio: 1, colourOf: () => 7 });
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(realIndex.meetings.length);
    expect(b.pixels.includes(9)).toBe(false);
  });

  it('keeps one-day marks visible when zoomed far out', () => {
    const b = buffer(1000);
    drawLanes(b, { lanes, layout, dayToX: (day) => (day - first) * 0.01, ratio: 1, colourOf: () => 7 });
    const lane = lanes[0]!;
    const top = layout.rowTop(0, lane.firstRow, lane.placed[0]!.row) + 1;
    const x = Math.round((lane.placed[0]!.meeting.startDay - first) * 0.01);
    expect([at(b, x, top), at(b, x + 1, top)]).toEqual([7, 7]);
  });
});

describe('drawLanes on part of a buffer', () => {
  it('clears and draws only the lines it is given', () => {
    const width = 4000;
    const used = Math.ceil(layout.height);
    const b: PixelBuffer = { pixels: new Uint32Array(width * (used + 10)).fill(9), width, height: used };
    drawLanes(b, { lanes, layout, dayToX: (day) => (day - first) * 10, ratio: 1, colourOf: () => 7 });
    expect(b.pixels.subarray(0, width * used).includes(9)).toBe(false);
    expect(b.pixels.subarray(width * used).every((p) => p === 9)).toBe(true);
  });
});
