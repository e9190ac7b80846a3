/**
 * Drawing a dense timeline on a 2D canvas: one path per colour, filled once, so 100,000 marks
 * cost 100,000 `rect` calls and a handful of fills rather than a fill and a style change each.
 * Pure apart from the context it is given.
 */
import type { Lane } from './lanes';
import type { TimelineLayout } from './timeline-layout';

/** The part of CanvasRenderingContext2D this needs (a fake one in tests). */
export interface RectContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  beginPath(): void;
  rect(x: number, y: number, width: number, height: number): void;
  fill(): void;
}

export interface DrawLanesOptions {
  lanes: readonly Lane[];
  layout: Pick<TimelineLayout, 'rowTop' | 'rowHeight'>;
  /** Pixel x of a day's midnight. Linear, so it is evaluated once per mark edge. */
  dayToX: (day: number) => number;
  width: number;
  /** The fill of a mark: a resolved CSS colour. */
  colourOf: (meeting: Lane['placed'][number]['meeting']) => string;
}

/** The narrowest bar, so a one-day meeting stays visible when zoomed out. */
const MIN_BAR_PX = 2;

/** Draws every mark that is in view; returns how many were drawn. */
export function drawLanes(
  context: RectContext,
  { lanes, layout, dayToX, width, colourOf }: DrawLanesOptions,
): number {
  const barHeight = layout.rowHeight - 3;
  const byColour = new Map<string, number[]>();
  let drawn = 0;
  lanes.forEach((lane, laneIndex) => {
    for (const { meeting, row } of lane.placed) {
      const x0 = dayToX(meeting.startDay);
      const x1 = dayToX(meeting.endDay + 1);
      if (x1 < 0 || x0 > width) continue;
      const colour = colourOf(meeting);
      let rects = byColour.get(colour);
      if (!rects) byColour.set(colour, (rects = []));
      rects.push(
        x0,
        layout.rowTop(laneIndex, lane.firstRow, row) + 1,
        Math.max(MIN_BAR_PX, x1 - x0 - 0.5),
      );
      drawn++;
    }
  });
  for (const [colour, rects] of byColour) {
    context.fillStyle = colour;
    context.beginPath();
    for (let i = 0; i + 2 < rects.length; i += 3) {
      context.rect(rects[i] ?? 0, rects[i + 1] ?? 0, rects[i + 2] ?? 0, barHeight);
    }
    context.fill();
  }
  return drawn;
}
