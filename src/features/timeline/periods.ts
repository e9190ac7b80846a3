/**
 * The periods the decisions carry (terms of office, a programme's years, the next summit),
 * as marks for the timeline's period strip. Pure.
 */
import type { DatasetIndex } from '../../data/dataset-index';
import { firstDay, lastDay } from '../../lib/calendar-date';
import { formatDateRange } from '../../lib/format-date';
import { packRows } from './lanes';

export interface PeriodMark {
  id: string;
  decisionId: string;
  decisionTitle: string;
  label: string;
  /** "1 January 2013 – 31 December 2015", "2013". */
  dates: string;
  startDay: number;
  endDay: number;
  row: number;
}

export function periodMarks(index: DatasetIndex): { marks: PeriodMark[]; rowCount: number } {
  const marks = index.dataset.decisions.flatMap((decision) =>
    decision.periods.map((period, i) => ({
      id: `${decision.id}-${i}`,
      decisionId: decision.id,
      decisionTitle: decision.title,
      label: period.label,
      dates: formatDateRange(period.start, period.end),
      startDay: firstDay(period.start),
      endDay: lastDay(period.end),
      row: 0,
    })),
  );
  const { rows, rowCount } = packRows(marks);
  return { marks: marks.map((mark, i) => ({ ...mark, row: rows[i] ?? 0 })), rowCount };
}

/** Approximate width of a character of an 11 px label, for fitting labels without measuring. */
export const LABEL_CHAR_PX = 6.2;

/** A bar at least this wide carries its label inside. */
const INSIDE_FROM_PX = 140;

/**
 * Where a period's label goes: inside its bar when the bar is wide enough, else just after
 * it; when that would run past the plot's right edge, just before it, ending at its start.
 * (Only labels of periods cut short by the edge may still overflow: then there is no room.)
 */
export function periodLabelPlacement(
  left: number,
  right: number,
  width: number,
  labelLength: number,
): { x: number; anchor: 'start' | 'end'; inside: boolean } {
  const labelPx = labelLength * LABEL_CHAR_PX;
  if (right - left > INSIDE_FROM_PX) return { x: left + 4, anchor: 'start', inside: true };
  if (right + 4 + labelPx <= width || left - 4 - labelPx < 0) return { x: right + 4, anchor: 'start', inside: false };
  return { x: left - 4, anchor: 'end', inside: false };
}

/** Where a period lies relative to the visible plot. */
export function periodSide(x0: number, x1: number, width: number): 'before' | 'within' | 'after' {
  if (x1 < 0) return 'before';
  if (x0 > width) return 'after';
  return 'within';
}
