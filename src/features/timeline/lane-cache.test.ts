import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { laneLayout } from './lane-cache';
import { layoutLanes } from './lanes';

describe('laneLayout', () => {
  it('is the lane layout, with every meeting placed where its lane puts it', () => {
    const meetings = realIndex.meetings;
    const layout = laneLayout(realIndex, meetings, 'ministry', 3);
    expect({ lanes: layout.lanes, rowCount: layout.rowCount }).toEqual(
      layoutLanes(realIndex, meetings, 'ministry', 3),
    );
    layout.lanes.forEach((lane, laneIndex) => {
      for (const { meeting, row } of lane.placed) {
        expect(layout.placeOf(meeting)).toEqual({ laneIndex, firstRow: lane.firstRow, row });
      }
    });
    const stranger = { ...meetings[0]!, id: 'not-in-the-layout' };
    expect(layout.placeOf(stranger)).toBeUndefined();
  });

  it('returns the same layout for the same array and options, a new one otherwise', () => {
    const meetings = [...realIndex.meetings];
    const first = laneLayout(realIndex, meetings, 'city', 1);
    expect(laneLayout(realIndex, meetings, 'city', 1)).toBe(first);
    expect(laneLayout(realIndex, [...meetings], 'city', 1)).not.toBe(first);
    expect(laneLayout(realIndex, meetings, 'ministry', 1)).not.toBe(first);
    expect(first.rowIndex).toHaveLength(first.lanes.length);
  });

  it('keeps only a few layouts per array', () => {
    const meetings = [...realIndex.meetings];
    const first = laneLayout(realIndex, meetings, 'city', 1);
    for (const span of [2, 3, 4, 5]) laneLayout(realIndex, meetings, 'city', span);
    expect(laneLayout(realIndex, meetings, 'city', 1)).not.toBe(first);
  });
});
