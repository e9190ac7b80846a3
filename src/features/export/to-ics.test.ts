import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { contextFor, oneDayMeeting, record, trickyMeeting } from '../../test/export-fixtures';
import { escapeText, foldLine } from './ics-text';
import { icsDate, meetingUid, toIcs } from './to-ics';

const encoder = new TextEncoder();

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

/** A DATE property as `YYYY-MM-DD`, checking that it is a date and not a date-time. */
function dateOf(event: ICAL.Component, name: string): string {
  const value = event.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a time`);
  expect(value.isDate).toBe(true);
  return value.toString();
}

function text(event: ICAL.Component, name: string): string {
  const value = event.getFirstPropertyValue(name);
  if (typeof value !== 'string') throw new Error(`${name} is not text`);
  return value;
}

describe('toIcs', () => {
  const context = contextFor({ city: ['beijing'] });
  const ics = toIcs(context, [trickyMeeting, oneDayMeeting]);
  const { calendar, events } = parse(ics);

  it('is a published Gregorian calendar with CRLF line endings', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//SCO Timeline Explorer//sco-2012-beijing 1.0.0//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    // X- properties are TEXT by default (RFC 5545 §3.8.8.2), so escaped; ical.js leaves them raw.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(escapeText(realIndex.dataset.title));
    expect(ics).toContain('X-WR-CALNAME:SCO Beijing summit\\, 6–7 June 2012\r\n');
    const description = calendar.getFirstPropertyValue('x-wr-caldesc');
    expect(description).toContain('version 1.0.0');
    expect(description).toContain('City: Beijing.');
    expect(description).toContain('View: https://example.org/sco/?city=beijing');
  });

  it('has one all-day event per meeting with an exclusive end date', () => {
    expect(events).toHaveLength(2);
    const [multi, single] = events;
    if (!multi || !single) throw new Error('events');
    // 23–25 April: the event ends at the start of 26 April.
    expect(dateOf(multi, 'dtstart')).toBe('2012-04-23');
    expect(dateOf(multi, 'dtend')).toBe('2012-04-26');
    expect(dateOf(single, 'dtstart')).toBe('2012-04-24');
    expect(dateOf(single, 'dtend')).toBe('2012-04-25');
    expect(ics).toContain('DTSTART;VALUE=DATE:20120423\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20120426\r\n');
  });

  it('ends a month-precision meeting after its last day', () => {
    const june = record({ ...oneDayMeeting, id: 'june', start: '2010-06', end: '2010-06' });
    const fixed = { ...june, endDay: june.startDay + 29 };
    const [event] = parse(toIcs(context, [fixed])).events;
    if (!event) throw new Error('event');
    expect(dateOf(event, 'dtstart')).toBe('2010-06-01');
    expect(dateOf(event, 'dtend')).toBe('2010-07-01');
  });

  it('has stable UIDs and a DTSTAMP from the source, not the clock', () => {
    expect(events.map((e) => text(e, 'uid'))).toEqual([
      'tricky-2012@sco-2012-beijing.sco-timeline-explorer',
      'one-day-2012@sco-2012-beijing.sco-timeline-explorer',
    ]);
    const stamp = events[0]?.getFirstPropertyValue('dtstamp');
    expect(String(stamp)).toBe('2012-06-07T00:00:00Z');
    expect(toIcs(context, [trickyMeeting, oneDayMeeting])).toBe(ics);
  });

  it('round-trips commas, semicolons, backslashes and line breaks', () => {
    const [event] = events;
    if (!event) throw new Error('event');
    expect(text(event, 'summary')).toBe('Meeting of "heads", deputies; and others');
    expect(text(event, 'location')).toBe('Beijing, China');
    const description = text(event, 'description');
    expect(description).toContain(`“${trickyMeeting.quote}”`);
    expect(description).toContain('Chairmen of supreme courts');
    expect(description).toContain('https://example.org/sco/?event=tricky-2012');
    expect(text(event, 'url')).toBe('https://example.org/sco/?event=tricky-2012');
    expect(ics).toContain('SUMMARY:Meeting of "heads"\\, deputies\\; and others\r\n');
  });

  it('folds every line at 75 octets without splitting a character', () => {
    const long = record({
      ...oneDayMeeting,
      id: 'long',
      title: `Meeting ${'“Zhang Sinfena” — 张新枫 '.repeat(12)}😀 end`,
      quote: `${'“Zhang Sinfena” — 张新枫, director; \\ of RATS\n'.repeat(8)}😀`,
    });
    const output = toIcs(context, [long]);
    const lines = output.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    // Folding happened, and no line holds a broken character.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(output).not.toContain('\uFFFD');
    for (const line of lines) expect(line.isWellFormed()).toBe(true);
    const [event] = parse(output).events;
    if (!event) throw new Error('event');
    expect(text(event, 'summary')).toBe(long.title);
    expect(text(event, 'description')).toContain(`“${long.quote}”`);
  });

  it('exports the real attorneys general meeting, 5–6 June 2012', () => {
    const meeting = realIndex.meetingById.get('attorneys-general-2012');
    if (!meeting) throw new Error('fixture');
    const output = toIcs(contextFor({ city: ['dushanbe'] }), [meeting]);
    expect(output).toContain('DTSTART;VALUE=DATE:20120605\r\n');
    expect(output).toContain('DTEND;VALUE=DATE:20120607\r\n');
    expect(output).toContain('LOCATION:Dushanbe\\, Tajikistan\r\n');
  });
});

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\u0007b\tc', 'ab\tc'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds at exactly 75 octets, continuation lines starting with a space', () => {
    const folded = foldLine(`X:${'a'.repeat(200)}`).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 75, 54]);
    expect(folded.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`X:${'a'.repeat(200)}`);
  });

  it('moves a three-octet character that would straddle the limit to the next line', () => {
    const folded = foldLine(`${'a'.repeat(74)}张b`).split('\r\n');
    expect(folded).toEqual(['a'.repeat(74), ' 张b']);
  });

  it('keeps a surrogate pair together', () => {
    const folded = foldLine(`${'a'.repeat(73)}😀`).split('\r\n');
    expect(folded).toEqual(['a'.repeat(73), ' 😀']);
  });
});

describe('icsDate and meetingUid', () => {
  it('formats day numbers as DATE values in every time zone', () => {
    expect(icsDate(oneDayMeeting.startDay)).toBe('20120424');
    expect(meetingUid('set', 'meeting')).toBe('meeting@set.sco-timeline-explorer');
  });
});
