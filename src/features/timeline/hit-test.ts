/**
 * Finding the meeting under a point on the canvas: per lane row, marks sorted by start day,
 * searched by bisection. Pure.
 */
import { bisector } from 'd3-array';
import type { MeetingRecord } from '../../data/dataset-index';
import type { Lane } from './lanes';

export type RowIndex = Map<string, MeetingRecord[]>;

/** Bisects a row's marks (in time order) by their first day. */
export const byStart = bisector((meeting: MeetingRecord) => meeting.startDay);

export function rowKey(laneIndex: number, row: number): string {
  return `${laneIndex}:${row}`;
}

export function buildRowIndex(lanes: readonly Lane[]): RowIndex {
  const index: RowIndex = new Map();
  lanes.forEach((lane, laneIndex) => {
    for (const { meeting, row } of lane.placed) {
      const key = rowKey(laneIndex, row);
      const list = index.get(key);
      if (list) list.push(meeting);
      else index.set(key, [meeting]);
    }
  });
  for (const list of index.values()) list.sort((a, b) => a.startDay - b.startDay);
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
  const list = rows.get(rowKey(laneIndex, row));
  if (!list?.length) return null;
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
