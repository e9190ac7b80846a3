// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToUtcDate, firstDay } from '../../lib/calendar-date';
import { MANY_MEETINGS, SVG_MARKS_AFTER_FILTER } from '../../data/large-dataset';
import { realIndex } from '../../test/fixtures';
import { keyAction, MIN_MARK_PX, panTarget, rovingPosition, timelineDensity, timelineScale } from './timeline-model';
import { pixelsPerDay } from './timeline-scale';

const meetings = realIndex.meetings;
/** The timeline's scale and density for the real data, grouped by ministry, changed by `patch`. */
function frame(
  patch: { width?: number; shown?: number; total?: number; from?: string | null; to?: string | null } = {},
  group = 'ministry',
) {
  const { width = 800, shown = meetings.length, total = meetings.length, from = null, to = null } = patch;
  const scale = timelineScale({ span: realIndex.span, from, to, width }, group);
  return { ...scale, ...timelineDensity(scale.base, shown, total) };
}

describe('timelineScale and timelineDensity', () => {
  it('spans the data, or the range the view asks for', () => {
    const whole = frame();
    expect(whole.domain.startDay).toBeLessThanOrEqual(firstDay('2011-09-28'));
    expect(whole.domain.endDay).toBeGreaterThanOrEqual(firstDay('2012-06-07'));
    const spring = frame({ from: '2012-04-01', to: '2012-05-31' });
    expect(spring.domain.startDay).toBeGreaterThanOrEqual(firstDay('2012-03-01'));
    expect(spring.domain.endDay).toBeLessThanOrEqual(firstDay('2012-06-30'));
  });

  it('maps the domain onto the width', () => {
    const { base, domain } = frame({ width: 640 });
    expect(base(dayToUtcDate(domain.startDay))).toBeCloseTo(0);
    expect(base(dayToUtcDate(domain.endDay + 1))).toBeCloseTo(640);
  });

  it('turns dense above MANY_MEETINGS, and packs marks no closer than a mark is wide', () => {
    expect(frame({ shown: MANY_MEETINGS, total: MANY_MEETINGS }).dense).toBe(false);
    expect(frame({ shown: MANY_MEETINGS + 1, total: MANY_MEETINGS + 1 }).dense).toBe(true);
    expect(frame({ shown: MANY_MEETINGS + 1, total: MANY_MEETINGS + 1 }).minSpanDays).toBe(1);
    for (const width of [200, 800, 4000]) {
      const { base, minSpanDays } = frame({ width });
      expect(minSpanDays * pixelsPerDay(base)).toBeGreaterThanOrEqual(MIN_MARK_PX);
    }
  });

  it('keeps a large dataset on its canvas until a filter leaves few enough meetings for marks', () => {
    const total = 10_000;
    expect(frame({ shown: 280, total }).dense).toBe(true);
    expect(frame({ shown: SVG_MARKS_AFTER_FILTER + 1, total }).dense).toBe(true);
    expect(frame({ shown: SVG_MARKS_AFTER_FILTER, total }).dense).toBe(false);
    expect(frame({ shown: 3, total }).dense).toBe(false);
    // A dataset small from the start draws its marks up to MANY_MEETINGS.
    expect(frame({ shown: 280, total: 280 }).dense).toBe(false);
  });

  it('resets the zoom for another range or grouping, not for another width', () => {
    expect(frame({ width: 300 }).zoomKey).toBe(frame({ width: 900 }).zoomKey);
    expect(frame({ from: '2012-01-01' }).zoomKey).not.toBe(frame().zoomKey);
    expect(frame({}, 'city').zoomKey).not.toBe(frame().zoomKey);
  });
});

describe('the keyboard', () => {
  it('holds the tab stop on the focused meeting, else the selected one, else the first', () => {
    expect(rovingPosition(meetings, null, null)).toBe(0);
    expect(rovingPosition(meetings, null, meetings[4]!.id)).toBe(4);
    expect(rovingPosition(meetings, meetings[7]!.id, meetings[4]!.id)).toBe(7);
    expect(rovingPosition(meetings, 'gone', 'gone')).toBe(0);
    expect(rovingPosition([], null, null)).toBe(-1);
  });

  it('selects with Enter and Space, clears with Escape, moves with arrows, Home and End', () => {
    expect(keyAction('Enter', meetings, 3)).toEqual({ kind: 'select', id: meetings[3]!.id });
    expect(keyAction(' ', meetings, 0)).toEqual({ kind: 'select', id: meetings[0]!.id });
    expect(keyAction('Escape', meetings, 3)).toEqual({ kind: 'deselect' });
    expect(keyAction('ArrowRight', meetings, 3)).toEqual({ kind: 'focus', meeting: meetings[4] });
    expect(keyAction('ArrowLeft', meetings, 0)).toEqual({ kind: 'focus', meeting: meetings[0] });
    expect(keyAction('End', meetings, 0)).toEqual({ kind: 'focus', meeting: meetings.at(-1) });
    expect(keyAction('Home', meetings, 9)).toEqual({ kind: 'focus', meeting: meetings[0] });
    expect(keyAction('x', meetings, 3)).toBeNull();
    expect(keyAction('Enter', [], -1)).toBeNull();
  });

  it('never leaves the meetings, whatever keys are pressed', () => {
    const keys = fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'a');
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 40 }), fc.integer({ min: 1, max: meetings.length }), (pressed, count) => {
        const shown = meetings.slice(0, count);
        let position = 0;
        for (const key of pressed) {
          const action = keyAction(key, shown, position);
          if (action?.kind === 'focus') position = shown.indexOf(action.meeting);
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThan(count);
        }
      }),
    );
  });
});

describe('panTarget', () => {
  const { base } = frame();
  const zoomedIn = base.copy().range([0, 800 * 8]);

  it('leaves the view alone for a meeting in it', () => {
    expect(panTarget(meetings[0]!, base, base, 800)).toBeNull();
  });

  it('centres on a meeting the zoom has left outside the view', () => {
    const last = meetings.at(-1)!;
    expect(panTarget(last, zoomedIn, base, 800)).toBeCloseTo(base(dayToUtcDate(last.startDay)));
  });
});
