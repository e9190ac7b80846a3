/**
 * Lane layouts kept per meetings array, so that returning to a view (clearing a filter puts
 * the dataset's own array back) does not pack 100,000 meetings again. With each layout, the
 * lookups the timeline needs: where each meeting sits, and (dense mode) the row index for
 * hit-testing. Pure apart from the cache; entries go when their meetings array does.
 */
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import type { GroupBy } from '../../state/view-state';
import { buildRowIndex, type RowIndex } from './hit-test';
import { layoutLanes, type Lane } from './lanes';

export interface MarkPlace {
  laneIndex: number;
  firstRow: number;
  row: number;
}

export interface LaneLayout {
  lanes: Lane[];
  rowCount: number;
  /** Where each meeting is drawn, by id. */
  places: Map<string, MarkPlace>;
  /** Dense mode only: marks per row in time order, for finding the mark under a point. */
  rowIndex: RowIndex | null;
}

/** A few layouts per array (groupings and mark widths); the oldest goes first. */
const LAYOUTS_PER_ARRAY = 4;
const cache = new WeakMap<readonly MeetingRecord[], Map<string, LaneLayout>>();

function placesOf(lanes: readonly Lane[]): Map<string, MarkPlace> {
  const places = new Map<string, MarkPlace>();
  lanes.forEach((lane, laneIndex) => {
    for (const { meeting, row } of lane.placed)
      places.set(meeting.id, { laneIndex, firstRow: lane.firstRow, row });
  });
  return places;
}

export function laneLayout(
  index: DatasetIndex,
  meetings: readonly MeetingRecord[],
  group: GroupBy,
  minSpanDays: number,
  dense: boolean,
): LaneLayout {
  const key = `${group}:${minSpanDays}:${dense}`;
  let layouts = cache.get(meetings);
  const cached = layouts?.get(key);
  if (cached) return cached;
  const { lanes, rowCount } = layoutLanes(index, meetings, group, minSpanDays);
  const layout = {
    lanes,
    rowCount,
    places: placesOf(lanes),
    rowIndex: dense ? buildRowIndex(lanes) : null,
  };
  if (!layouts) cache.set(meetings, (layouts = new Map<string, LaneLayout>()));
  if (layouts.size >= LAYOUTS_PER_ARRAY) {
    const oldest = layouts.keys().next().value;
    if (oldest !== undefined) layouts.delete(oldest);
  }
  layouts.set(key, layout);
  return layout;
}
