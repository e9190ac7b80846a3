import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from '../../lib/calendar-date';
import { realIndex } from '../../test/fixtures';
import { buildRowIndex, meetingAt, rowMarks } from './canvas/hit-test';
import { layoutLanes } from './lanes';
import {
  edgeMarkerBox,
  fitLabel,
  LABEL_CHAR_PX,
  periodLabelPlacement,
  periodMarks,
  periodSide,
} from './periods/periods';
import { nextPosition } from './timeline-model';
import { timelineLayout } from './timeline-layout';

describe('nextPosition', () => {
  it('moves through meetings in time order and stops at the ends', () => {
    expect(nextPosition('ArrowRight', 0, 15)).toBe(1);
    expect(nextPosition('ArrowDown', 14, 15)).toBe(14);
    expect(nextPosition('ArrowLeft', 0, 15)).toBe(0);
    expect(nextPosition('ArrowUp', 5, 15)).toBe(4);
    expect(nextPosition('Home', 9, 15)).toBe(0);
    expect(nextPosition('End', 2, 15)).toBe(14);
    expect(nextPosition('PageDown', 10, 15)).toBe(14);
    expect(nextPosition('PageUp', 3, 15)).toBe(0);
  });

  it('ignores other keys and empty timelines', () => {
    expect(nextPosition('a', 3, 15)).toBeNull();
    expect(nextPosition('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('periodMarks', () => {
  const { marks, rowCount } = periodMarks(realIndex);

  it('takes every period the decisions carry, with calendar-exact days', () => {
    expect(marks.map((m) => m.label).sort()).toEqual([
      'Agriculture agreement signed',
      'Counter-terrorism programme',
      'Next summit',
      'RATS Director’s term',
      'Secretary-General’s term',
    ]);
    const term = marks.find((m) => m.label === 'Secretary-General’s term');
    expect(term?.dates).toBe('1 January 2013 – 31 December 2015');
    expect(term?.startDay).toBe(firstDay('2013-01-01'));
    expect(term?.endDay).toBe(lastDay('2015-12-31'));
    const summit = marks.find((m) => m.label === 'Next summit');
    expect([summit?.startDay, summit?.endDay]).toEqual([firstDay('2013'), lastDay('2013')]);
  });

  it('packs overlapping periods into separate rows', () => {
    // The two terms, the 2013–2015 programme and the 2013 summit all overlap in 2013.
    expect(rowCount).toBe(4);
    const rows2013 = marks.filter((m) => m.startDay >= firstDay('2013')).map((m) => m.row);
    expect(new Set(rows2013).size).toBe(4);
  });
});

describe('periodSide, fitLabel and edgeMarkerBox', () => {
  it('tells where a period lies relative to the plot', () => {
    expect(periodSide(-50, -10, 800)).toBe('before');
    expect(periodSide(900, 1200, 800)).toBe('after');
    expect(periodSide(-50, 20, 800)).toBe('within');
  });

  it('keeps a label that fits whole, and cuts a longer one to its room with an ellipsis', () => {
    const term = 'Secretary-General’s term, 1 January 2013 – 31 December 2015';
    expect(fitLabel('Next summit, 2013', 17 * LABEL_CHAR_PX)).toBe('Next summit, 2013');
    expect(fitLabel(term, 100)).toBe('Secretary-Gener…'); // 16 characters fit in 100 px
    // 14 characters fit: "Next summit, " and "…", less the space left hanging before "…".
    expect(fitLabel('Next summit, 2013', 14 * LABEL_CHAR_PX + 1)).toBe('Next summit,…');
  });

  it('draws no label where not even a few characters fit', () => {
    expect(fitLabel('Next summit, 2013', 4 * LABEL_CHAR_PX + 1)).toBe('Nex…');
    expect(fitLabel('Next summit, 2013', 4 * LABEL_CHAR_PX - 1)).toBe('');
    expect(fitLabel('Next summit, 2013', -20)).toBe('');
  });

  it('shortens an edge marker to half the plot, keeping short ones whole and the arrow always', () => {
    expect(edgeMarkerBox('after', 800, 'Next summit, 2013').label).toBe('Next summit, 2013 →');
    const term = 'Secretary-General’s term, 1 January 2013 – 31 December 2015';
    const box = edgeMarkerBox('before', 320, term);
    expect(box.label).toMatch(/^← Secretary-General.*…$/);
    expect(box.boxWidth).toBeLessThanOrEqual(320 / 2 - 4);
    expect(box.label.length * LABEL_CHAR_PX).toBeLessThanOrEqual(box.boxWidth - 12);
  });
});

describe('periodLabelPlacement', () => {
  const label = 'Programme of cooperation, 2019–2021';
  const labelPx = label.length * LABEL_CHAR_PX;

  it('puts the label inside a wide bar', () => {
    expect(periodLabelPlacement(100, 400, 800, label.length)).toEqual({ x: 104, anchor: 'start', inside: true });
  });

  it('puts it after a narrow bar where it fits before the right edge', () => {
    expect(periodLabelPlacement(100, 130, 800, label.length)).toEqual({ x: 134, anchor: 'start', inside: false });
  });

  it('puts it before a narrow bar near the right edge, so it stays in the plot', () => {
    const placement = periodLabelPlacement(760, 790, 800, label.length);
    expect(placement).toEqual({ x: 756, anchor: 'end', inside: false });
    expect(placement.x - labelPx).toBeGreaterThanOrEqual(0);
  });

  it('keeps it after the bar when there is no room on either side', () => {
    expect(periodLabelPlacement(100, 130, 200, label.length)).toEqual({ x: 134, anchor: 'start', inside: false });
  });
});

describe('timelineLayout and hit testing', () => {
  const { lanes, rowCount } = layoutLanes(realIndex, realIndex.meetings, 'city', 1);
  const layout = timelineLayout(lanes, rowCount, 4, false);

  it('stacks the axis, the period strip and the lanes', () => {
    expect(layout.lanesTop).toBeGreaterThan(layout.periodTop);
    const beijing = lanes.findIndex((l) => l.key === 'beijing');
    const lane = lanes[beijing]!;
    const top = layout.rowTop(beijing, lane.firstRow, 1);
    expect(layout.rowAt(top + 1)).toEqual({ laneIndex: beijing, row: 1 });
    expect(layout.rowAt(0)).toBeNull();
    expect(layout.height).toBeGreaterThan(layout.rowTop(lanes.length - 1, rowCount - 1, 0));
  });

  it('finds the meeting under a day in a row, within a tolerance', () => {
    const rows = buildRowIndex(lanes);
    const beijing = lanes.findIndex((l) => l.key === 'beijing');
    const courts = lanes[beijing]!.placed.find((p) => p.meeting.id === 'supreme-courts-2012')!;
    expect(meetingAt(rows, beijing, courts.row, firstDay('2012-04-24'), 0)?.id).toBe('supreme-courts-2012');
    expect(meetingAt(rows, beijing, courts.row, firstDay('2012-04-27'), 0)).toBeNull();
    expect(meetingAt(rows, beijing, courts.row, firstDay('2012-04-27'), 2)?.id).toBe('supreme-courts-2012');
    expect(meetingAt(rows, beijing, 99, firstDay('2012-04-24'), 5)).toBeNull();
  });

  it('indexes every placed meeting by lane and row, in time order even when placed out of it', () => {
    const rows = buildRowIndex(lanes);
    lanes.forEach((lane, laneIndex) => {
      const indexed = Array.from({ length: lane.rowCount }, (_, row) => rowMarks(rows, laneIndex, row)).flat();
      expect(indexed).toHaveLength(lane.placed.length);
    });
    const meetings = realIndex.meetings.slice(0, 3);
    const reversed = { key: 'all', label: 'All', rowCount: 1, firstRow: 0, placed: [...meetings].reverse().map((meeting) => ({ meeting, row: 0 })) };
    expect(rowMarks(buildRowIndex([reversed]), 0, 0).map((m) => m.startDay)).toEqual(meetings.map((m) => m.startDay));
    expect(rowMarks(rows, lanes.length, 0)).toEqual([]);
  });
});
