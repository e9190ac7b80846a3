/**
 * The timeline's model, headless: what it shows for a width, a date range and a set of meetings
 * (its domain, its unzoomed scale, whether it is dense), and how the keyboard moves through it.
 * Pure functions of their inputs, tested without a DOM (timeline-model.test.ts), as a
 * charting library's timeline controller is; Timeline.tsx holds the state they describe
 * (the focused meeting, d3-zoom's transform) and renders.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { MANY_MEETINGS, SVG_MARKS_AFTER_FILTER } from '../../data/large-dataset';
import { dayToUtcDate } from '../../lib/calendar-date';
import { baseScale, pixelsPerDay, timelineDomain, type TimeScale } from './timeline-scale';

/** The narrowest a mark is drawn, in pixels: packing keeps marks this close apart. */
export const MIN_MARK_PX = 16;

export interface TimelineScaleInput {
  /** The dataset's first and last day (day numbers). */
  span: Parameters<typeof timelineDomain>[0];
  /** The view's date range, `YYYY-MM-DD` or null. */
  from: string | null;
  to: string | null;
  /** The plot's width in pixels (0 before it is measured). */
  width: number;
}

export interface TimelineScale {
  domain: ReturnType<typeof timelineDomain>;
  /** The unzoomed scale: lanes are packed at it, so the layout stays put while zooming. */
  base: TimeScale;
  /** Changes when the reader asks for another picture (range, grouping): the zoom resets. */
  zoomKey: string;
}

export interface TimelineDensity {
  /** Many meetings in view: marks on a canvas in compact rows, one focusable mark. */
  dense: boolean;
  /** The fewest days a mark spans when lanes are packed, so that marks never touch. */
  minSpanDays: number;
}

/**
 * The unzoomed scale of the timeline for a width and a date range. Apart from the density,
 * so that a filter, which changes only how many meetings show, keeps the same scale: the
 * axis and the periods drawn from it need not be drawn again.
 */
export function timelineScale(input: TimelineScaleInput, group: string): TimelineScale {
  const domain = timelineDomain(input.span, input.from, input.to);
  return { domain, base: baseScale(domain, input.width), zoomKey: `${domain.startDay}-${domain.endDay}-${group}` };
}

/**
 * How densely `shown` of a dataset's `total` meetings are drawn at a scale.
 * Dense (the canvas) above MANY_MEETINGS; a large dataset stays dense down to
 * SVG_MARKS_AFTER_FILTER, so that a filter does not mount hundreds of marks in one frame.
 */
export function timelineDensity(base: TimeScale, shown: number, total: number): TimelineDensity {
  const dense = shown > (total > MANY_MEETINGS ? SVG_MARKS_AFTER_FILTER : MANY_MEETINGS);
  return { dense, minSpanDays: dense ? 1 : Math.max(1, Math.ceil(MIN_MARK_PX / pixelsPerDay(base))) };
}

/**
 * Keyboard movement through meetings in time order: the next position for a key, or null
 * when the key does not move focus.
 */
export function nextPosition(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, current + 10);
    case 'PageUp':
      return Math.max(0, current - 10);
    default:
      return null;
  }
}

/**
 * The meeting that holds the timeline's one tab stop (roving tabindex): the focused one, else
 * the selected one, else the first. -1 only when no meeting is shown.
 */
export function rovingPosition(
  meetings: readonly MeetingRecord[],
  focusedId: string | null,
  selectedId: string | null,
): number {
  if (meetings.length === 0) return -1;
  const at = (id: string | null) => (id ? meetings.findIndex((m) => m.id === id) : -1);
  const focused = at(focusedId);
  return Math.max(0, focused >= 0 ? focused : at(selectedId));
}

/** What a key on a mark asks of the timeline. */
export type TimelineKeyAction =
  | { kind: 'select'; id: string }
  | { kind: 'deselect' }
  | { kind: 'focus'; meeting: MeetingRecord }
  | null;

/** The action for a key pressed on a mark: Enter and Space select, Escape clears, arrows move. */
export function keyAction(key: string, meetings: readonly MeetingRecord[], position: number): TimelineKeyAction {
  const current = meetings[position];
  if (key === 'Enter' || key === ' ') return current ? { kind: 'select', id: current.id } : null;
  if (key === 'Escape') return { kind: 'deselect' };
  const next = nextPosition(key, Math.max(0, position), meetings.length);
  const meeting = next === null ? undefined : meetings[next];
  return meeting ? { kind: 'focus', meeting } : null;
}

/**
 * Where to pan for a meeting the keyboard moved to: the unzoomed x of its first day when it
 * lies outside the zoomed view (so the view centres on it), else null (no pan).
 */
export function panTarget(meeting: MeetingRecord, zoomed: TimeScale, base: TimeScale, width: number): number | null {
  const left = zoomed(dayToUtcDate(meeting.startDay));
  if (left >= 0 && left <= width - MIN_MARK_PX) return null;
  return base(dayToUtcDate(meeting.startDay));
}
