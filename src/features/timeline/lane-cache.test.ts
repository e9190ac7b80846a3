import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { laneLayout } from './lane-cache';
import { layoutLanes } from './lanes';

describe('laneLayout', () => {
  it('is the lane layout, with every meeting placed where its lane puts it', () => {
    const meetings = realIndex.meetings;
    const layout = laneLayout(realIndex, meetings, 'ministry', 3, false);
    expect({ lanes: layout.lanes, rowCount: layout.rowCount }).toEqual(
      layoutLanes(realIndex, meetings, 'ministry', 3),
    );
    expect(layout.places.size).toBe(meetings.length);
    layout.lanes.forEach((lane, laneIndex) => {
      for (const { meeting, row } of lane.placed) {
        expect(layout.places.get(meeting.id)).toEqual({ laneIndex, firstRow: lane.firstRow, row });
      }
    });
    expect(layout.rowIndex).toBeNull();
  });

  it('returns the same layout for the same array and options, a new one otherwise', () => {
    const meetings = [...realIndex.meetings];
    const first = laneLayout(realIndex, meetings, 'city', 1, true);
    expect(laneLayout(realIndex, meetings, 'city', 1, true)).toBe(first);
    expect(laneLayout(realIndex, [...meetings], 'city', 1, true)).not.toBe(first);
    expect(laneLayout(realIndex, meetings, 'ministry', 1, true)).not.toBe(first);
    expect(first.rowIndex?.size).toBeGreaterThan(0);
  });

  it('keeps only a few layouts per array', () => {
    const meetings = [...realIndex.meetings];
    const first = laneLayout(realIndex, meetings, 'city', 1, false);
    for (const span of [2, 3, 4, 5]) laneLayout(realIndex, meetings, 'city', span, false);
    expect(laneLayout(realIndex, meetings, 'city', 1, false)).not.toBe(first);
  });
});
