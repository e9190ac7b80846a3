/**
 * Lane layouts kept per meetings array, so that returning to a view (clearing a filter puts
 * the dataset's own array back) does not pack 100,000 meetings again. With each layout, the
 * lookups the timeline needs: the row index for hit-testing, and where a meeting sits. Pure
 * apart from the cache; entries go when their meetings array does.
 */
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { facetValue } from '../../state/select-meetings';
import type { GroupBy } from '../../state/view-state';
import { buildRowIndex, byStart, rowMarks, type RowIndex } from './canvas/hit-test';
import { layoutLanes, type Lane } from './lanes';

export interface MarkPlace {
  laneIndex: number;
  firstRow: number;
  row: number;
}

export interface LaneLayout {
  lanes: Lane[];
  rowCount: number;
  /** Where a meeting of the layout is drawn. */
  placeOf: (meeting: MeetingRecord) => MarkPlace | undefined;
  /** Marks per row in time order: for finding the mark under a point, or a mark's row. */
  rowIndex: RowIndex;
}

/** A few layouts per array (groupings and mark widths); the oldest goes first. */
const LAYOUTS_PER_ARRAY = 4;
const cache = new WeakMap<readonly MeetingRecord[], Map<string, LaneLayout>>();

/**
 * A meeting's place, found through the row index: its lane from its group, then in each row
 * of that lane a bisection on its first day. A few steps per lookup, and no map of every
 * meeting (costly to build at 100,000: README, "Measurements behind the design") when only a
 * few marks need places.
 */
function placeFinder(lanes: readonly Lane[], rowIndex: RowIndex, group: GroupBy) {
  const laneByKey = new Map(lanes.map((lane, laneIndex) => [lane.key, laneIndex]));
  return (meeting: MeetingRecord): MarkPlace | undefined => {
    const laneIndex = laneByKey.get(facetValue(meeting, group));
    const lane = laneIndex === undefined ? undefined : lanes[laneIndex];
    if (!lane || laneIndex === undefined) return undefined;
    for (let row = 0; row < lane.rowCount; row++) {
      const list = rowMarks(rowIndex, laneIndex, row);
      for (let i = byStart.left(list, meeting.startDay); list[i]?.startDay === meeting.startDay; i++) {
        if (list[i] === meeting) return { laneIndex, firstRow: lane.firstRow, row };
      }
    }
    return undefined;
  };
}

export function laneLayout(
  index: DatasetIndex,
  meetings: readonly MeetingRecord[],
  group: GroupBy,
  minSpanDays: number,
): LaneLayout {
  const key = `${group}:${minSpanDays}`;
  let layouts = cache.get(meetings);
  const cached = layouts?.get(key);
  if (cached) return cached;
  const { lanes, rowCount } = layoutLanes(index, meetings, group, minSpanDays);
  const rowIndex = buildRowIndex(lanes);
  const layout = { lanes, rowCount, rowIndex, placeOf: placeFinder(lanes, rowIndex, group) };
  if (!layouts) cache.set(meetings, (layouts = new Map<string, LaneLayout>()));
  if (layouts.size >= LAYOUTS_PER_ARRAY) {
    const oldest = layouts.keys().next().value;
    if (oldest !== undefined) layouts.delete(oldest);
  }
  layouts.set(key, layout);
  return layout;
}
