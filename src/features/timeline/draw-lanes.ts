/**
 * Drawing a dense timeline: every mark written straight into a pixel buffer, which the canvas
 * then shows with one putImageData. On a canvas without a GPU, 100,000 fillRect calls take
 * 100–300 ms; filling the same spans of a Uint32Array takes a few. Each mark fills the first
 * line of its bar; the other lines of every bar row are copied from it at the end. Marks are
 * whole pixels wide (at least MIN_BAR_PX), which compact rows do not need finer. Pure.
 */
import type { Lane } from './lanes';
import type { TimelineLayout } from './timeline-layout';

/** A pixel buffer: RGBA bytes seen as one 32-bit number per pixel (little-endian: ABGR). */
export interface PixelBuffer {
  pixels: Uint32Array;
  /** Size in device pixels; `height` lines are used, the array may hold more. */
  width: number;
  height: number;
}

export interface DrawLanesOptions {
  lanes: readonly Lane[];
  layout: Pick<TimelineLayout, 'rowTop' | 'rowHeight'>;
  /** CSS pixel x of a day's midnight. Linear, so it is evaluated once per mark edge. */
  dayToX: (day: number) => number;
  /** Device pixels per CSS pixel. */
  ratio: number;
  /** The fill of a mark, packed as a pixel (see packColour). */
  colourOf: (meeting: Lane['placed'][number]['meeting']) => number;
}

/** The narrowest bar in device pixels, so a one-day meeting stays visible when zoomed out. */
const MIN_BAR_PX = 2;

/** `#rrggbb` (or `#rgb`) → an opaque pixel value; anything else → a mid grey. */
export function packColour(hex: string): number {
  const long = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  const short = /^#([0-9a-f]{3})$/i.exec(hex)?.[1];
  const digits = long ?? short?.replace(/./g, (d) => d + d) ?? '777777';
  const value = Number.parseInt(digits, 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** Clears the buffer's lines and draws every mark in view; returns how many were drawn. */
export function drawLanes(buffer: PixelBuffer, { lanes, layout, dayToX, ratio, colourOf }: DrawLanesOptions): number {
  const { pixels, width, height } = buffer;
  pixels.fill(0, 0, width * height);
  const barLines = Math.max(1, Math.round((layout.rowHeight - 3) * ratio));
  const barTops = new Set<number>();
  let drawn = 0;
  lanes.forEach((lane, laneIndex) => {
    for (const { meeting, row } of lane.placed) {
      let x0 = Math.round(dayToX(meeting.startDay) * ratio);
      let x1 = Math.max(x0 + MIN_BAR_PX, Math.round(dayToX(meeting.endDay + 1) * ratio) - 1);
      if (x1 <= 0 || x0 >= width) continue;
      x0 = Math.max(0, x0);
      x1 = Math.min(width, x1);
      const top = Math.round((layout.rowTop(laneIndex, lane.firstRow, row) + 1) * ratio);
      if (top < 0 || top >= height) continue;
      pixels.fill(colourOf(meeting), top * width + x0, top * width + x1);
      barTops.add(top);
      drawn++;
    }
  });
  for (const top of barTops) {
    const last = Math.min(height, top + barLines);
    for (let line = top + 1; line < last; line++) pixels.copyWithin(line * width, top * width, (top + 1) * width);
  }
  return drawn;
}
