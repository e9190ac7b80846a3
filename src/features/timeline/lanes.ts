/**
 * Lane layout: meetings grouped into labelled lanes, and within a lane packed into rows so
 * that meetings overlapping in time never overlap on screen. Pure and DOM-free.
 */
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { facetName, facetValue } from '../../state/select-meetings';
import type { GroupBy } from '../../state/view-state';

export interface DaySpan {
  startDay: number;
  /** Inclusive last day. */
  endDay: number;
}

/**
 * Greedy interval partitioning: each item, in start order, takes the lowest row whose last
 * item has ended. `minSpanDays` widens short items to the days their mark covers on screen
 * (a one-day dot may be wider than a day when zoomed out); `gapDays` keeps room between marks.
 * Returns the row of each item, in input order, and the number of rows.
 */
export function packRows(
  items: readonly DaySpan[],
  minSpanDays = 1,
  gapDays = 0,
): { rows: number[]; rowCount: number } {
  const order = startOrder(items);
  const rowEnds: number[] = []; // exclusive end (in days) of the last item in each row
  const rows = new Array<number>(items.length).fill(0);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? k;
    const item = items[i];
    if (!item) continue;
    const end = Math.max(item.endDay + 1, item.startDay + minSpanDays) + gapDays;
    // A plain loop, not findIndex: this runs once per meeting, often before V8 optimises it.
    let row = 0;
    while (row < rowEnds.length && (rowEnds[row] ?? 0) > item.startDay) row++;
    rowEnds[row] = end;
    rows[i] = row;
  }
  return { rows, rowCount: rowEnds.length };
}

/**
 * Item positions in start order, ties in input order. Meetings usually arrive in it already
 * (the index keeps them chronological), and then no sort is needed.
 */
function startOrder(items: readonly DaySpan[]): Int32Array {
  const order = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) order[i] = i;
  if (!inStartOrder(items)) order.sort((a, b) => (items[a]?.startDay ?? 0) - (items[b]?.startDay ?? 0) || a - b);
  return order;
}

/** Whether items come in order of their first day (a plain loop: it runs once per meeting). */
export function inStartOrder(items: readonly DaySpan[]): boolean {
  for (let i = 1; i < items.length; i++) {
    if ((items[i]?.startDay ?? 0) < (items[i - 1]?.startDay ?? 0)) return false;
  }
  return true;
}

export interface PlacedMeeting {
  meeting: MeetingRecord;
  /** Row within its lane, 0-based. */
  row: number;
}

export interface Lane {
  key: string;
  label: string;
  rowCount: number;
  /** The first row of this lane across the whole timeline. */
  firstRow: number;
  placed: PlacedMeeting[];
}

/**
 * Lanes in order of their first meeting, so the timeline reads from the top left to the
 * summit at the bottom right. `meetings` must be in chronological order.
 */
export function layoutLanes(
  index: DatasetIndex,
  meetings: readonly MeetingRecord[],
  group: GroupBy,
  minSpanDays = 1,
  gapDays = 0,
): { lanes: Lane[]; rowCount: number } {
  const byKey = new Map<string, MeetingRecord[]>();
  for (const meeting of meetings) {
    const key = facetValue(meeting, group);
    const list = byKey.get(key);
    if (list) list.push(meeting);
    else byKey.set(key, [meeting]);
  }
  const lanes: Lane[] = [];
  let firstRow = 0;
  for (const [key, members] of byKey) {
    const { rows, rowCount } = packRows(members, minSpanDays, gapDays);
    lanes.push({
      key,
      label: facetName(index, group, key),
      rowCount,
      firstRow,
      placed: members.map((meeting, i) => ({ meeting, row: rows[i] ?? 0 })),
    });
    firstRow += rowCount;
  }
  return { lanes, rowCount: firstRow };
}

/** Pixels free on either side of a mark, up to its neighbours in the row or the plot's edges. */
export interface LabelRoom {
  left: number;
  right: number;
}

/**
 * Room for each mark's label, so a label is drawn only where it fits, on the right by
 * preference. `dayToX` maps a day's midnight to pixels.
 */
export function labelRoom(
  lanes: readonly Lane[],
  dayToX: (day: number) => number,
  plotWidth: number,
): Map<string, LabelRoom> {
  const room = new Map<string, LabelRoom>();
  for (const lane of lanes) {
    const rows = new Map<number, MeetingRecord[]>();
    for (const { meeting, row } of lane.placed) {
      const list = rows.get(row);
      if (list) list.push(meeting);
      else rows.set(row, [meeting]);
    }
    for (const members of rows.values()) {
      members.forEach((meeting, i) => {
        const previous = members[i - 1];
        const next = members[i + 1];
        const start = dayToX(meeting.startDay);
        const end = dayToX(meeting.endDay + 1);
        room.set(meeting.id, {
          // A label goes left only where no earlier mark's label could be: at a row's start.
          left: previous ? 0 : start - 10,
          right: (next ? dayToX(next.startDay) : plotWidth) - end - 10,
        });
      });
    }
  }
  return room;
}
