/**
 * Greedy label placement: labels are tried in priority order, each at its preferred sides,
 * and kept only where they overlap neither an earlier label nor a marker, and stay inside
 * the frame. Cheap enough (a few dozen labels) to run on every zoom step.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Side = 'right' | 'left' | 'above' | 'below' | 'center';

export interface LabelRequest {
  id: string;
  /** The point labelled (a marker's centre, a state's centre), in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Distance from the point to the label (a marker's radius plus a little). */
  gap: number;
  /** Sides to try, best first. */
  sides: readonly Side[];
  /** For 'center': offsets from the point to try in turn (default: the point itself). */
  nudges?: readonly (readonly [number, number])[];
  /** Shown even where it collides (the selection); it is still kept inside the frame. */
  force?: boolean;
}

export interface PlacedLabel {
  id: string;
  /** Text anchor point; `y` is the vertical centre (draw with dominant-baseline: central). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** An obstacle a label must not cover; `owner` labels may touch their own obstacle. */
export interface Obstacle extends Box {
  owner?: string;
}

/** Measures text in pixels: the browser's measure on the page, an estimate in tests. */
export type TextMeasure = (text: string, fontSize: number, bold?: boolean) => number;

/** A generous width estimate for sans-serif text, for where nothing can be measured. */
export const estimateTextWidth: TextMeasure = (text, fontSize, bold = false) =>
  text.length * fontSize * (bold ? 0.66 : 0.6);

/** Labels closer than this read as one ("DushanbeShanghai"): keep them apart by a little. */
const SPACING = 3;

function overlaps(a: Box, b: Box, spacing = 0): boolean {
  return (
    a.x0 < b.x1 + spacing && b.x0 < a.x1 + spacing && a.y0 < b.y1 + spacing && b.y0 < a.y1 + spacing
  );
}

function inside(box: Box, frame: Box): boolean {
  return box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;
}

function candidate(request: LabelRequest, side: Side): PlacedLabel {
  const { id, x, y, width: w, height: h, gap } = request;
  const at = (lx: number, ly: number, anchor: PlacedLabel['anchor'], x0: number): PlacedLabel => ({
    id,
    x: lx,
    y: ly,
    anchor,
    box: { x0, y0: ly - h / 2, x1: x0 + w, y1: ly + h / 2 },
  });
  switch (side) {
    case 'right':
      return at(x + gap, y, 'start', x + gap);
    case 'left':
      return at(x - gap, y, 'end', x - gap - w);
    case 'above':
      return at(x, y - gap - h / 2, 'middle', x - w / 2);
    case 'below':
      return at(x, y + gap + h / 2, 'middle', x - w / 2);
    case 'center':
      return at(x, y, 'middle', x - w / 2);
  }
}

/** Places labels in the given (priority) order; labels that find no room are left out. */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
  frame: Box,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const options = request.sides
      .flatMap((side) =>
        side === 'center'
          ? (request.nudges ?? [[0, 0]]).map(([dx, dy]) =>
              candidate({ ...request, x: request.x + dx, y: request.y + dy }, side),
            )
          : [candidate(request, side)],
      )
      .filter((c) => inside(c.box, frame));
    const free = options.find(
      (option) =>
        !placed.some((other) => overlaps(option.box, other.box, SPACING)) &&
        !obstacles.some((o) => o.owner !== request.id && overlaps(option.box, o)),
    );
    const chosen = free ?? (request.force ? options[0] : undefined);
    if (chosen) placed.push(chosen);
  }
  return placed;
}
