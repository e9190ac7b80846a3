import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../data/dataset-index';
import { firstDay } from '../../lib/calendar-date';
import { facetValue } from '../../state/select-meetings';
import { realIndex } from '../../test/fixtures';
import { labelRoom, layoutLanes, packRows, type DaySpan } from './lanes';

const span = (startDay: number, endDay = startDay): DaySpan => ({ startDay, endDay });
const meeting = (id: string): MeetingRecord => {
  const m = realIndex.meetingById.get(id);
  if (!m) throw new Error(`no meeting ${id}`);
  return m;
};

/** Exclusive end of the screen extent an item occupies, as the contract describes it. */
const extentEnd = (item: DaySpan, minSpanDays: number, gapDays: number) =>
  Math.max(item.endDay + 1, item.startDay + minSpanDays) + gapDays;

/** The most items covering one point, computed by brute force over every day. */
function maxDepth(items: readonly DaySpan[], minSpanDays: number, gapDays: number): number {
  let best = 0;
  const lo = Math.min(...items.map((i) => i.startDay));
  const hi = Math.max(...items.map((i) => extentEnd(i, minSpanDays, gapDays)));
  for (let day = lo; day < hi; day++) {
    const covering = items.filter((i) => i.startDay <= day && day < extentEnd(i, minSpanDays, gapDays)).length;
    best = Math.max(best, covering);
  }
  return best;
}

describe('packRows', () => {
  it('packs nothing into no rows', () => {
    expect(packRows([])).toEqual({ rows: [], rowCount: 0 });
  });

  it('puts disjoint items in row 0', () => {
    expect(packRows([span(0), span(2, 5), span(6), span(10, 12)])).toEqual({ rows: [0, 0, 0, 0], rowCount: 1 });
  });

  it('an item starting the day after another ends shares its row', () => {
    expect(packRows([span(0, 3), span(4, 6)])).toEqual({ rows: [0, 0], rowCount: 1 });
    expect(packRows([span(0, 3), span(3, 6)])).toEqual({ rows: [0, 1], rowCount: 2 });
  });

  it('the four meetings of 23–25 April 2012 get four distinct rows', () => {
    const april = ['supreme-courts-2012', 'audit-2012', 'sco-forum-2012', 'defence-ministers-2012'].map(meeting);
    expect(april.map((m) => [m.startDay, m.endDay])).toEqual([
      [firstDay('2012-04-23'), firstDay('2012-04-25')],
      [firstDay('2012-04-23'), firstDay('2012-04-24')],
      [firstDay('2012-04-23'), firstDay('2012-04-24')],
      [firstDay('2012-04-24'), firstDay('2012-04-24')],
    ]);
    const { rows, rowCount } = packRows(april);
    expect(new Set(rows).size).toBe(4);
    expect(rowCount).toBe(4);
    // Equal starts keep input order: supreme courts, audit, forum; defence (24th) comes last.
    expect(rows).toEqual([0, 1, 2, 3]);
  });

  it('returns rows in input order, not start order', () => {
    // Start order: #1 (0–10) → row 0, #2 (3) → row 1, #0 (5) → row 1 (row 1 is free after day 3).
    expect(packRows([span(5), span(0, 10), span(3)])).toEqual({ rows: [1, 0, 1], rowCount: 2 });
  });

  it('takes the lowest free row', () => {
    // A long item in row 0, two short ones stacked on it; the third short one reuses row 1.
    expect(packRows([span(0, 9), span(1, 2), span(1, 4), span(3, 3)]).rows).toEqual([0, 1, 2, 1]);
  });

  it('minSpanDays widens one-day items so marks on consecutive days separate', () => {
    const days = [span(100), span(101), span(102), span(103)];
    expect(packRows(days, 1)).toEqual({ rows: [0, 0, 0, 0], rowCount: 1 });
    expect(packRows(days, 2)).toEqual({ rows: [0, 1, 0, 1], rowCount: 2 });
    expect(packRows(days, 3)).toEqual({ rows: [0, 1, 2, 0], rowCount: 3 });
  });

  it('minSpanDays does not shorten items longer than it', () => {
    expect(packRows([span(0, 9), span(5)], 2).rows).toEqual([0, 1]);
    expect(packRows([span(0, 9), span(10)], 2).rows).toEqual([0, 0]);
  });

  it('gapDays keeps room between marks in a row', () => {
    expect(packRows([span(0), span(1)], 1, 1).rows).toEqual([0, 1]);
    expect(packRows([span(0), span(2)], 1, 1).rows).toEqual([0, 0]);
    expect(packRows([span(0, 4), span(7)], 1, 2).rows).toEqual([0, 0]);
    expect(packRows([span(0, 4), span(6)], 1, 2).rows).toEqual([0, 1]);
    // Gap and minimum span add up: [0, 3) + 2 ⇒ the next item in the row starts on day 5 or later.
    expect(packRows([span(0), span(4), span(5)], 3, 2).rows).toEqual([0, 1, 0]);
  });

  describe('properties', () => {
    const item = fc
      .record({ startDay: fc.integer({ min: -30, max: 60 }), length: fc.integer({ min: 0, max: 12 }) })
      .map(({ startDay, length }) => span(startDay, startDay + length));
    const items = fc.array(item, { maxLength: 25 });
    const minSpan = fc.integer({ min: 1, max: 6 });
    const gap = fc.integer({ min: 0, max: 3 });

    it('never overlaps two items in one row, uses rows 0…rowCount-1, each row the lowest free one', () => {
      fc.assert(
        fc.property(items, minSpan, gap, (list, minSpanDays, gapDays) => {
          const { rows, rowCount } = packRows(list, minSpanDays, gapDays);
          expect(rows).toHaveLength(list.length);
          expect(rowCount).toBe(list.length ? Math.max(...rows) + 1 : 0);
          expect(new Set(rows).size).toBe(rowCount); // no empty rows
          for (let a = 0; a < list.length; a++) {
            for (let b = a + 1; b < list.length; b++) {
              if (rows[a] !== rows[b]) continue;
              const [x, y] = [list[a]!, list[b]!];
              const apart =
                extentEnd(x, minSpanDays, gapDays) <= y.startDay || extentEnd(y, minSpanDays, gapDays) <= x.startDay;
              expect(apart, `items ${a} and ${b} overlap in row ${rows[a]}`).toBe(true);
            }
          }
          // Greedy: an item in row r could not go in any lower row because something there
          // that started no later was still occupying its start day.
          list.forEach((x, i) => {
            for (let lower = 0; lower < rows[i]!; lower++) {
              const blocked = list.some(
                (y, j) =>
                  j !== i &&
                  rows[j] === lower &&
                  (y.startDay < x.startDay || (y.startDay === x.startDay && j < i)) &&
                  extentEnd(y, minSpanDays, gapDays) > x.startDay,
              );
              expect(blocked, `item ${i} could have used row ${lower}`).toBe(true);
            }
          });
        }),
        { seed: 42, numRuns: 300 },
      );
    });

    it('uses the minimum number of rows: the most intervals covering one day', () => {
      fc.assert(
        fc.property(items, (list) => {
          const { rowCount } = packRows(list);
          expect(rowCount).toBe(list.length ? maxDepth(list, 1, 0) : 0);
        }),
        { seed: 42, numRuns: 300 },
      );
    });

    it('with widened marks and gaps, uses as many rows as the widest overlap of the widened marks', () => {
      fc.assert(
        fc.property(items, minSpan, gap, (list, minSpanDays, gapDays) => {
          const { rowCount } = packRows(list, minSpanDays, gapDays);
          expect(rowCount).toBe(list.length ? maxDepth(list, minSpanDays, gapDays) : 0);
        }),
        { seed: 42, numRuns: 300 },
      );
    });

    it('is in input order: shuffling items with distinct starts shuffles the rows the same way', () => {
      const distinct = fc
        .uniqueArray(fc.integer({ min: 0, max: 80 }), { maxLength: 20 })
        .chain((starts) =>
          fc.tuple(
            fc.tuple(...starts.map((s) => fc.integer({ min: 0, max: 10 }).map((len) => span(s, s + len)))),
            fc.array(fc.nat(), { minLength: starts.length, maxLength: starts.length }),
          ),
        );
      fc.assert(
        fc.property(distinct, ([list, keys]) => {
          const order = list.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
          const shuffled = order.map((i) => list[i]!);
          const original = packRows(list, 2, 1).rows;
          expect(packRows(shuffled, 2, 1).rows).toEqual(order.map((i) => original[i]));
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('does not modify its input', () => {
      fc.assert(
        fc.property(items, (list) => {
          const copy = structuredClone(list);
          packRows(list, 3, 1);
          expect(list).toEqual(copy);
        }),
        { seed: 42, numRuns: 50 },
      );
    });
  });
});

describe('layoutLanes with the real dataset', () => {
  it("group 'city' gives lanes in order of their first meeting", () => {
    const { lanes } = layoutLanes(realIndex, realIndex.meetings, 'city');
    expect(lanes.map((l) => l.key)).toEqual(['dushanbe', 'moscow', 'st-petersburg', 'beijing', 'shanghai', 'almaty']);
    expect(lanes.map((l) => l.label)).toEqual(['Dushanbe', 'Moscow', 'St. Petersburg', 'Beijing', 'Shanghai', 'Almaty']);
  });

  it('the Beijing lane keeps overlapping meetings apart', () => {
    const { lanes } = layoutLanes(realIndex, realIndex.meetings, 'city');
    const beijing = lanes.find((l) => l.key === 'beijing')!;
    const rowOf = (id: string) => beijing.placed.find((p) => p.meeting.id === id)!.row;
    expect(beijing.placed).toHaveLength(8);
    expect(rowOf('supreme-courts-2012')).not.toBe(rowOf('defence-ministers-2012'));
    expect(rowOf('culture-ministers-2012')).not.toBe(rowOf('beijing-summit-2012'));
    expect(beijing.rowCount).toBe(2);
    // Meetings keep chronological order within the lane.
    expect(beijing.placed.map((p) => p.meeting.id)).toEqual([
      'anti-drug-2012',
      'security-councils-2012',
      'supreme-courts-2012',
      'defence-ministers-2012',
      'foreign-ministers-2012',
      'finance-central-banks-2012',
      'culture-ministers-2012',
      'beijing-summit-2012',
    ]);
  });

  it('firstRow offsets are cumulative and the total is their sum', () => {
    const { lanes, rowCount } = layoutLanes(realIndex, realIndex.meetings, 'city');
    expect(lanes.map((l) => l.rowCount)).toEqual([1, 1, 1, 2, 1, 1]);
    expect(lanes.map((l) => l.firstRow)).toEqual([0, 1, 2, 3, 5, 6]);
    expect(rowCount).toBe(7);
    expect(rowCount).toBe(lanes.reduce((sum, l) => sum + l.rowCount, 0));
  });

  it('places every meeting exactly once, in a row within its lane', () => {
    for (const group of ['city', 'ministry', 'country', 'category'] as const) {
      const { lanes } = layoutLanes(realIndex, realIndex.meetings, group);
      const placed = lanes.flatMap((l) => l.placed.map((p) => p.meeting.id));
      expect(placed.sort()).toEqual(realIndex.meetings.map((m) => m.id).sort());
      for (const lane of lanes) {
        for (const p of lane.placed) {
          expect(facetValue(p.meeting, group)).toBe(lane.key);
          expect(p.row).toBeGreaterThanOrEqual(0);
          expect(p.row).toBeLessThan(lane.rowCount);
        }
      }
    }
  });

  it("group 'ministry' gives 15 one-row lanes labelled with the format names", () => {
    const { lanes, rowCount } = layoutLanes(realIndex, realIndex.meetings, 'ministry');
    expect(lanes).toHaveLength(15);
    expect(lanes.map((l) => l.label)).toEqual(lanes.map((l) => realIndex.formatById.get(l.key)!.name));
    expect(lanes.map((l) => l.key)).toEqual(realIndex.meetings.map((m) => m.formatId));
    expect(lanes[0]).toMatchObject({ key: 'emergency-relief', label: 'Emergency relief ministries and agencies' });
    expect(lanes[14]).toMatchObject({ key: 'heads-of-state', label: 'Council of Heads of Member States (summit)' });
    expect(lanes.map((l) => l.firstRow)).toEqual([...Array(15).keys()]);
    expect(lanes.every((l) => l.rowCount === 1)).toBe(true);
    expect(rowCount).toBe(15);
  });

  it("group 'country' stacks China's three overlapping April meetings", () => {
    const { lanes, rowCount } = layoutLanes(realIndex, realIndex.meetings, 'country');
    expect(lanes.map((l) => [l.key, l.label, l.rowCount, l.firstRow])).toEqual([
      ['tajikistan', 'Tajikistan', 1, 0],
      ['russia', 'Russia', 1, 1],
      ['china', 'China', 3, 2],
      ['kazakhstan', 'Kazakhstan', 1, 5],
    ]);
    expect(rowCount).toBe(6);
  });

  it("group 'category' labels lanes with category names", () => {
    const { lanes } = layoutLanes(realIndex, realIndex.meetings, 'category');
    expect(lanes.map((l) => l.label)).toEqual([
      'Humanitarian and culture',
      'Economy and finance',
      'Governance and foreign affairs',
      'Security',
      'Justice and oversight',
    ]);
  });

  it('passes minSpanDays and gapDays to the packing', () => {
    // At 30 days a mark, Dushanbe's meetings of 28 September and 26 October 2011 collide.
    const wide = layoutLanes(realIndex, realIndex.meetings, 'city', 30);
    const dushanbe = wide.lanes.find((l) => l.key === 'dushanbe')!;
    expect(dushanbe.placed.map((p) => [p.meeting.id, p.row])).toEqual([
      ['emergency-relief-2011', 0],
      ['trade-ministers-2011', 1],
      ['attorneys-general-2012', 0],
    ]);
    // A 28-day gap after a one-day meeting also collides (28 Sep + 1 + 28 > 26 Oct).
    const gapped = layoutLanes(realIndex, realIndex.meetings, 'city', 1, 28);
    expect(gapped.lanes.find((l) => l.key === 'dushanbe')!.rowCount).toBe(2);
    expect(layoutLanes(realIndex, realIndex.meetings, 'city', 1, 27).lanes[0]!.rowCount).toBe(1);
  });

  it('lays out only the meetings given', () => {
    const dushanbe = realIndex.meetings.filter((m) => m.cityId === 'dushanbe');
    const { lanes, rowCount } = layoutLanes(realIndex, dushanbe, 'ministry');
    expect(lanes.map((l) => l.key)).toEqual(['emergency-relief', 'trade', 'attorneys-general']);
    expect(rowCount).toBe(3);
    expect(layoutLanes(realIndex, [], 'city')).toEqual({ lanes: [], rowCount: 0 });
  });
});

describe('labelRoom', () => {
  const origin = firstDay('2011-09-01');
  const dayToX = (day: number) => (day - origin) * 2; // 2 px a day
  const plotWidth = 1000;

  it('measures the room up to the neighbours in the same row, less 10 px padding; left only at a row start', () => {
    const { lanes } = layoutLanes(realIndex, realIndex.meetings, 'city');
    const room = labelRoom(lanes, dayToX, plotWidth);
    expect(room.size).toBe(15);
    const x = (iso: string) => dayToX(firstDay(iso));
    // Dushanbe, one row: 28 Sep 2011, 26 Oct 2011, 5–6 Jun 2012.
    expect(room.get('emergency-relief-2011')).toEqual({
      left: x('2011-09-28') - 0 - 10,
      right: x('2011-10-26') - x('2011-09-29') - 10,
    });
    // The left belongs to the previous mark's label: no room there.
    expect(room.get('trade-ministers-2011')).toEqual({
      left: 0,
      right: x('2012-06-05') - x('2011-10-27') - 10,
    });
    expect(room.get('attorneys-general-2012')).toEqual({
      left: 0,
      right: plotWidth - x('2012-06-07') - 10,
    });
  });

  it('ignores marks in other rows: defence (row 1) looks past the supreme courts (row 0)', () => {
    const { lanes } = layoutLanes(realIndex, realIndex.meetings, 'city');
    const room = labelRoom(lanes, dayToX, plotWidth);
    const x = (iso: string) => dayToX(firstDay(iso));
    // Beijing row 1 holds defence (24 Apr) and the summit (6–7 Jun); row 0 the other six.
    expect(room.get('defence-ministers-2012')).toEqual({
      left: x('2012-04-24') - 10,
      right: x('2012-06-06') - x('2012-04-25') - 10,
    });
    expect(room.get('beijing-summit-2012')).toEqual({
      left: 0,
      right: plotWidth - x('2012-06-08') - 10,
    });
    expect(room.get('supreme-courts-2012')).toEqual({
      left: 0,
      right: x('2012-05-11') - x('2012-04-26') - 10,
    });
  });

  it('gives nothing for no lanes', () => {
    expect(labelRoom([], dayToX, plotWidth).size).toBe(0);
  });
});
