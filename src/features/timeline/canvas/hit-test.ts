/**
 * Finding the meeting under a point on the canvas: per lane row, marks sorted by start day,
 * searched by bisection. Pure.
 */
import { bisector } from 'd3-array';
import type { MeetingRecord } from '../../../data/dataset-index';
import { inStartOrder, type Lane } from '../lanes';

/** Per lane, per row of that lane: the row's marks in time order. */
export type RowIndex = MeetingRecord[][][];

/** Bisects a row's marks (in time order) by their first day. */
export const byStart = bisector((meeting: MeetingRecord) => meeting.startDay);

/** The marks of a row in time order; none for a row that does not exist. */
export function rowMarks(rows: RowIndex, laneIndex: number, row: number): readonly MeetingRecord[] {
  return rows[laneIndex]?.[row] ?? [];
}

/**
 * Arrays indexed by lane and row, not a map keyed by a "lane:row" string: at 100,000 meetings
 * the string keys and their lookups cost about 90 ms of the first paint. Plain indexed loops:
 * this runs once per meeting before V8 has optimised it.
 */
export function buildRowIndex(lanes: readonly Lane[]): RowIndex {
  const index: RowIndex = [];
  for (const lane of lanes) {
    const rows: MeetingRecord[][] = [];
    for (let row = 0; row < lane.rowCount; row++) rows.push([]);
    const placed = lane.placed;
    for (let i = 0; i < placed.length; i++) {
      const place = placed[i];
      if (place) (rows[place.row] ??= []).push(place.meeting);
    }
    // Lanes place meetings in chronological order, so rows are nearly always sorted already.
    for (const list of rows) if (!inStartOrder(list)) list.sort((a, b) => a.startDay - b.startDay);
    index.push(rows);
  }
  return index;
}

/** The meeting in a row covering `day`, or the nearest within `toleranceDays`. */
export function meetingAt(
  rows: RowIndex,
  laneIndex: number,
  row: number,
  day: number,
  toleranceDays: number,
): MeetingRecord | null {
  const list = rowMarks(rows, laneIndex, row);
  if (!list.length) return null;
  const at = byStart.right(list, day + toleranceDays);
  let best: MeetingRecord | null = null;
  let bestDistance = Infinity;
  // Rows never overlap, so only the few marks starting just before `day` can reach it.
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const meeting = list[i];
    if (!meeting) continue;
    const distance = day < meeting.startDay ? meeting.startDay - day : day > meeting.endDay ? day - meeting.endDay : 0;
    if (distance < bestDistance) {
      best = meeting;
      bestDistance = distance;
    }
  }
  return bestDistance <= toleranceDays ? best : null;
}
