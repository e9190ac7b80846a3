/**
 * Vertical layout of the timeline: the axis, the period strip, then the lanes, each a label
 * line and its rows. Dense datasets get compact rows. Pure.
 */
import type { Lane } from './lanes';

export const AXIS_HEIGHT = 30;
export const PERIOD_ROW_HEIGHT = 22;
export const LANE_LABEL_HEIGHT = 18;
export const LANE_GAP = 8;
export const ROW_HEIGHT = 26;
export const DENSE_ROW_HEIGHT = 9;

export interface TimelineLayout {
  rowHeight: number;
  periodTop: number;
  lanesTop: number;
  height: number;
  /** The y of a lane's label line. */
  laneTop: (laneIndex: number, firstRow: number) => number;
  /** The y of a row's top edge. */
  rowTop: (laneIndex: number, firstRow: number, row: number) => number;
  /** The lane and row under a y, or null between rows. */
  rowAt: (y: number) => { laneIndex: number; row: number } | null;
}

export function timelineLayout(lanes: readonly Lane[], rowCount: number, periodRows: number, dense: boolean): TimelineLayout {
  const rowHeight = dense ? DENSE_ROW_HEIGHT : ROW_HEIGHT;
  const periodTop = AXIS_HEIGHT;
  const lanesTop = periodTop + periodRows * PERIOD_ROW_HEIGHT + (periodRows ? LANE_GAP : 0);
  const laneTop = (laneIndex: number, firstRow: number) =>
    lanesTop + laneIndex * (LANE_LABEL_HEIGHT + LANE_GAP) + firstRow * rowHeight;
  const rowTop = (laneIndex: number, firstRow: number, row: number) =>
    laneTop(laneIndex, firstRow) + LANE_LABEL_HEIGHT + row * rowHeight;
  const rowAt = (y: number) => {
    for (let laneIndex = 0; laneIndex < lanes.length; laneIndex++) {
      const lane = lanes[laneIndex];
      if (!lane) continue;
      const top = rowTop(laneIndex, lane.firstRow, 0);
      if (y >= top && y < top + lane.rowCount * rowHeight) {
        return { laneIndex, row: Math.floor((y - top) / rowHeight) };
      }
    }
    return null;
  };
  const height = lanesTop + lanes.length * (LANE_LABEL_HEIGHT + LANE_GAP) + rowCount * rowHeight + 8;
  return { rowHeight, periodTop, lanesTop, height, laneTop, rowTop, rowAt };
}
