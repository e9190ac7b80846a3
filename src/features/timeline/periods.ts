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

/** Where a period lies relative to the visible plot. */
export function periodSide(x0: number, x1: number, width: number): 'before' | 'within' | 'after' {
  if (x1 < 0) return 'before';
  if (x0 > width) return 'after';
  return 'within';
}
