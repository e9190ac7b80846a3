import { describe, expect, it } from 'vitest';
import { realIndex } from '../../../test/fixtures';
import fc from 'fast-check';
import { drawLanes, drawRows, packColour, rowBands, stripRows, type PixelBuffer } from './draw-lanes';
import { layoutLanes } from '../lanes';
import { timelineLayout } from '../timeline-layout';

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

describe('drawRows and rowBands, the two steps the canvas takes', () => {
  const dayToX = (day: number) => (day - first) * 10;

  it('writes each meeting into its own row’s line of the strip', () => {
    const width = 4000;
    const rows = stripRows(lanes);
    expect(rows).toBe(rowCount);
    const strip: PixelBuffer = { pixels: new Uint32Array(width * rows), width, height: rows };
    const colours = new Map(realIndex.meetings.map((m, i) => [m.id, i + 1]));
    const drawn = drawRows(strip, { lanes, dayToX, ratio: 1, colourOf: (m) => colours.get(m.id) ?? 0 });
    expect(drawn).toBe(realIndex.meetings.length);
    for (const lane of lanes) {
      for (const { meeting, row } of lane.placed) {
        expect(at(strip, dayToX(meeting.startDay), lane.firstRow + row)).toBe(colours.get(meeting.id));
      }
    }
  });

  it('places one band per row, below the row’s top, as tall as a bar, in device pixels', () => {
    const bands = rowBands(lanes, layout, 2, 100_000);
    expect(bands.map((b) => b.row)).toEqual([...Array(rowCount).keys()]);
    lanes.forEach((lane, laneIndex) => {
      for (let row = 0; row < lane.rowCount; row++) {
        expect(bands[lane.firstRow + row]).toEqual({
          row: lane.firstRow + row,
          top: Math.round((layout.rowTop(laneIndex, lane.firstRow, row) + 1) * 2),
          lines: Math.round((layout.rowHeight - 3) * 2),
        });
      }
    });
  });

  it('leaves out rows below the canvas and cuts the last band at its bottom', () => {
    const all = rowBands(lanes, layout, 1, 100_000);
    const last = all[all.length - 1]!;
    const height = last.top + 2;
    const cut = rowBands(lanes, layout, 1, height);
    expect(cut.at(-1)).toEqual({ ...last, lines: 2 });
    expect(rowBands(lanes, layout, 1, last.top)).toHaveLength(all.length - 1);
  });
});

describe('drawLanes against a direct painter', () => {
  /** Each mark painted straight into the full buffer, bar line by bar line. */
  function paintDirectly(b: PixelBuffer, dayToX: (day: number) => number, ratio: number) {
    const barLines = Math.max(1, Math.round((layout.rowHeight - 3) * ratio));
    lanes.forEach((lane, laneIndex) => {
      for (const { meeting, row } of lane.placed) {
        let x0 = Math.round(dayToX(meeting.startDay) * ratio);
        let x1 = Math.max(x0 + 2, Math.round(dayToX(meeting.endDay + 1) * ratio) - 1);
        if (x1 <= 0 || x0 >= b.width) continue;
        x0 = Math.max(0, x0);
        x1 = Math.min(b.width, x1);
        const top = Math.round((layout.rowTop(laneIndex, lane.firstRow, row) + 1) * ratio);
        for (let line = top; line < Math.min(b.height, top + barLines); line++) {
          b.pixels.fill(colourOf(meeting), line * b.width + x0, line * b.width + x1);
        }
      }
    });
  }
  const colourOf = (m: { startDay: number }) => 1 + (m.startDay % 7);

  it('gives the same pixels at any linear scale, offset, ratio and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom(1, 1.5, 2),
        fc.integer({ min: 50, max: 800 }),
        fc.integer({ min: 10, max: 300 }),
        (eighths, offset, ratio, width, height) => {
          // Multiples of 1/8: both painters compute exactly the same edges.
          const dayToX = (day: number) => (day - first) * (eighths / 8) + offset;
          const expected: PixelBuffer = { pixels: new Uint32Array(width * height), width, height };
          paintDirectly(expected, dayToX, ratio);
          const actual: PixelBuffer = { pixels: new Uint32Array(width * height).fill(9), width, height };
          drawLanes(actual, { lanes, layout, dayToX, ratio, colourOf });
          const differs = actual.pixels.findIndex((pixel, i) => pixel !== expected.pixels[i]);
          expect(differs === -1 ? 'same' : `pixel ${differs % width},${Math.floor(differs / width)} differs`).toBe('same');
        },
      ),
      { numRuns: 40 },
    );
  });
});
