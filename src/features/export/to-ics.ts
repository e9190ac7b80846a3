/**
 * The meetings of a view as an iCalendar file (RFC 5545): one all-day VEVENT per meeting.
 * Deterministic — the same view gives the same bytes: UIDs come from ids, and DTSTAMP is
 * the source's last day, not the clock. Dates are day numbers, so no time zone is involved.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { lastDay } from '../../lib/calendar-date';
import { describeFilters, filterSummary } from './describe-view';
import { meetingLink, viewLink, type ExportContext } from './export-context';
import { escapeText, foldLine } from './ics-text';
import { sourceLine } from '../../data/source-line';

const MS_PER_DAY = 86_400_000;

/** A day number as an iCalendar DATE: `20120426`. */
export function icsDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10).replace(/-/g, '');
}

/** A stable UID: the same meeting of the same dataset always has the same one. */
export function meetingUid(datasetId: string, meetingId: string): string {
  return `${meetingId}@${datasetId}.sco-timeline-explorer`;
}

type ContentLine = [nameAndParams: string, value: string];

function eventLines(context: ExportContext, meeting: MeetingRecord, stamp: string): ContentLine[] {
  const { index } = context;
  const { dataset } = index;
  const city = index.cityById.get(meeting.cityId);
  const country = index.countryById.get(meeting.hostCountryId);
  const format = index.formatById.get(meeting.formatId);
  const category = index.categoryById.get(meeting.categoryId);
  const link = meetingLink(context, meeting.id);
  const description = [
    `${format?.name ?? meeting.formatId}.`,
    '',
    ...(meeting.quote
      ? [`From the source: “${meeting.quote}”`, `(${sourceLine(dataset) ?? dataset.title})`, '']
      : []),
    ...(meeting.description ? [meeting.description, ''] : []),
    `In the SCO Timeline Explorer: ${link}`,
  ].join('\n');
  const lines: ContentLine[] = [
    ['BEGIN', 'VEVENT'],
    ['UID', meetingUid(dataset.id, meeting.id)],
    ['DTSTAMP', stamp],
    ['DTSTART;VALUE=DATE', icsDate(meeting.startDay)],
    // All-day events end on the day after the last day: DTEND is exclusive.
    ['DTEND;VALUE=DATE', icsDate(meeting.endDay + 1)],
    ['SUMMARY', escapeText(meeting.title)],
    ['LOCATION', escapeText([city?.name ?? meeting.cityId, country?.name ?? meeting.hostCountryId].join(', '))],
  ];
  if (city?.lat !== undefined && city.lon !== undefined)
    lines.push(['GEO', `${city.lat};${city.lon}`]);
  if (category) lines.push(['CATEGORIES', escapeText(category.name)]);
  lines.push(
    ['DESCRIPTION', escapeText(description)],
    ['URL', link],
    ['TRANSP', 'TRANSPARENT'],
    ['END', 'VEVENT'],
  );
  return lines;
}

export function toIcs(context: ExportContext, meetings: readonly MeetingRecord[]): string {
  const { dataset, span } = context.index;
  // A fixed stamp keeps the file the same for the same data: the source's last day, or the
  // data's own last day where there is no dated source.
  const stampDay = dataset.source?.end ? lastDay(dataset.source.end) : span.endDay;
  const stamp = `${icsDate(stampDay)}T000000Z`;
  const link = viewLink(context);
  const line = sourceLine(dataset);
  const { t } = context;
  const calendarDescription = t('ics.description', {
    count: meetings.length,
    from: line ?? dataset.title,
    id: dataset.id,
    version: dataset.version,
    filters: filterSummary(t, describeFilters(t, context.index, context.view)),
    link,
  });
  const lines: ContentLine[] = [
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', `-//SCO Timeline Explorer//${escapeText(`${dataset.id} ${dataset.version}`)}//EN`],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ['X-WR-CALNAME', escapeText(dataset.title)],
    ['X-WR-CALDESC', escapeText(calendarDescription)],
    ...meetings.flatMap((meeting) => eventLines(context, meeting, stamp)),
    ['END', 'VCALENDAR'],
  ];
  return lines.map(([name, value]) => `${foldLine(`${name}:${value}`)}\r\n`).join('');
}
