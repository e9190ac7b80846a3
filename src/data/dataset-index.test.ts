import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from '../lib/calendar-date';
import { realDataset, realIndex } from '../test/fixtures';
import { expectBuiltOnFirstUse } from '../test/stubs';
import { compareMeetings, indexDataset, type MeetingRecord } from './dataset-index';

describe('indexDataset', () => {
  it('makes each meeting a record of all its fields plus its days and category', () => {
    const byId = new Map(realDataset.meetings.map((m) => [m.id, m]));
    expect(realIndex.meetings).toHaveLength(realDataset.meetings.length);
    for (const record of realIndex.meetings) {
      const meeting = byId.get(record.id)!;
      const categoryId = realDataset.formats.find((f) => f.id === meeting.formatId)?.categoryId;
      const expected: MeetingRecord = {
        ...meeting,
        startDay: firstDay(meeting.start),
        endDay: lastDay(meeting.end),
        categoryId: categoryId ?? '',
      };
      expect(record).toEqual(expected);
      expect(realIndex.meetingById.get(record.id)).toBe(record);
    }
  });

  it('orders the meetings chronologically', () => {
    const sorted = [...realIndex.meetings].sort(compareMeetings);
    expect(realIndex.meetings).toEqual(sorted);
  });

  it('builds the map of meetings by id on first use, and keeps it', () => {
    // The first view rarely needs it.
    const byId = expectBuiltOnFirstUse(indexDataset(realDataset), 'meetingById');
    expect([...byId.keys()].sort()).toEqual(realDataset.meetings.map((m) => m.id).sort());
  });
});
