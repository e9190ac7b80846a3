/**
 * Drawing a dense timeline in two steps, both pure:
 *  1. `drawRows` writes every mark into a strip of one pixel line per timeline row. Each
 *     mark fills the span of its days in its row's line.
 *  2. `rowBands` says where each row's line goes on the canvas and how many lines tall its
 *     bar is; the canvas then copies each line into place, scaled (one drawImage per row).
 * Without a GPU, a fillRect per mark and uploading a whole canvas-sized pixel buffer both cost
 * more than a frame at this size (README, "Measurements behind the design"); the strip is one
 * line per row, a few hundred thousand pixels. Marks are whole pixels wide (at least
 * MIN_BAR_PX), which compact rows do not need finer.
 * `drawLanes` composes the two into one full-size buffer: the reference the tests check.
 */
import type { Lane } from '../lanes';
import type { TimelineLayout } from '../timeline-layout';

/** A pixel buffer: RGBA bytes seen as one 32-bit number per pixel (little-endian: ABGR). */
export interface PixelBuffer {
  pixels: Uint32Array;
  /** Size in device pixels; `height` lines are used, the array may hold more. */
  width: number;
  height: number;
}

export interface DrawRowsOptions {
  lanes: readonly Lane[];
  /** CSS pixel x of a day's midnight. Must be linear: it is evaluated twice, at days 0 and 1. */
  dayToX: (day: number) => number;
  /** Device pixels per CSS pixel. */
  ratio: number;
  /** The fill of a mark, packed as a pixel (see packColour). */
  colourOf: (meeting: Lane['placed'][number]['meeting']) => number;
}

export interface DrawLanesOptions extends DrawRowsOptions {
  layout: Pick<TimelineLayout, 'rowTop' | 'rowHeight'>;
}

/** Where one row's line goes: device-pixel `top`, `lines` tall, from strip line `row`. */
export interface RowBand {
  row: number;
  top: number;
  lines: number;
}

/** The narrowest bar in device pixels, so a one-day meeting stays visible when zoomed out. */
const MIN_BAR_PX = 2;
/** Spans up to this many pixels are written in a loop; longer ones with one fill call. */
const SHORT_SPAN_PX = 16;

/** `#rrggbb` (or `#rgb`) → an opaque pixel value; anything else → a mid grey. */
export function packColour(hex: string): number {
  const long = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  const short = /^#([0-9a-f]{3})$/i.exec(hex)?.[1];
  const digits = long ?? short?.replace(/./g, (d) => d + d) ?? '777777';
  const value = Number.parseInt(digits, 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** How many rows the lanes span: the strip's height. */
export function stripRows(lanes: readonly Lane[]): number {
  let rows = 0;
  for (const lane of lanes) rows = Math.max(rows, lane.firstRow + lane.rowCount);
  return rows;
}

/**
 * Clears the strip's lines and writes every mark in view into its row's line; returns how
 * many were drawn. Plain indexed loops and no call per mark but `colourOf`: on a first
 * paint this code has not been optimised yet, and interpreted closures cost microseconds.
 */
export function drawRows(strip: PixelBuffer, { lanes, dayToX, ratio, colourOf }: DrawRowsOptions): number {
  const { pixels, width, height } = strip;
  pixels.fill(0, 0, width * height);
  const origin = dayToX(0) * ratio;
  const perDay = dayToX(1) * ratio - origin;
  let drawn = 0;
  for (let laneIndex = 0; laneIndex < lanes.length; laneIndex++) {
    const lane = lanes[laneIndex];
    if (!lane) continue;
    const placed = lane.placed;
    for (let i = 0; i < placed.length; i++) {
      const mark = placed[i];
      if (!mark) continue;
      const { meeting, row } = mark;
      const line = lane.firstRow + row;
      if (line >= height) continue;
      let x0 = Math.round(origin + meeting.startDay * perDay);
      let x1 = Math.round(origin + (meeting.endDay + 1) * perDay) - 1;
      if (x1 < x0 + MIN_BAR_PX) x1 = x0 + MIN_BAR_PX;
      if (x1 <= 0 || x0 >= width) continue;
      if (x0 < 0) x0 = 0;
      if (x1 > width) x1 = width;
      const colour = colourOf(meeting);
      const start = line * width + x0;
      const end = line * width + x1;
      if (end - start > SHORT_SPAN_PX) pixels.fill(colour, start, end);
      else for (let p = start; p < end; p++) pixels[p] = colour;
      drawn++;
    }
  }
  return drawn;
}

/** Where each row's bar goes on a canvas `height` device pixels tall (rows below are left out). */
export function rowBands(
  lanes: readonly Lane[],
  layout: Pick<TimelineLayout, 'rowTop' | 'rowHeight'>,
  ratio: number,
  height: number,
): RowBand[] {
  const barLines = Math.max(1, Math.round((layout.rowHeight - 3) * ratio));
  const bands: RowBand[] = [];
  lanes.forEach((lane, laneIndex) => {
    for (let row = 0; row < lane.rowCount; row++) {
      const top = Math.round((layout.rowTop(laneIndex, lane.firstRow, row) + 1) * ratio);
      if (top < 0 || top >= height) continue;
      bands.push({ row: lane.firstRow + row, top, lines: Math.min(barLines, height - top) });
    }
  });
  return bands;
}

/**
 * Both steps into one full-size buffer, as the canvas composes them: clears its lines and
 * draws every mark in view; returns how many were drawn.
 */
export function drawLanes(buffer: PixelBuffer, options: DrawLanesOptions): number {
  const { pixels, width, height } = buffer;
  const rows = stripRows(options.lanes);
  const strip: PixelBuffer = { pixels: new Uint32Array(width * rows), width, height: rows };
  const drawn = drawRows(strip, options);
  pixels.fill(0, 0, width * height);
  for (const { row, top, lines } of rowBands(options.lanes, options.layout, options.ratio, height)) {
    const source = strip.pixels.subarray(row * width, (row + 1) * width);
    for (let line = top; line < top + lines; line++) pixels.set(source, line * width);
  }
  return drawn;
}
