/**
 * One meeting as plain text fields, the row every export shares (CSV columns, JSON keys),
 * so that the formats cannot drift apart.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { meetingLink, type ExportContext } from './export-context';

export interface MeetingFields {
  id: string;
  title: string;
  ministry_or_format: string;
  category: string;
  /** Calendar dates as the dataset gives them (`YYYY-MM-DD` for every real meeting). */
  start: string;
  /** The last day, inclusive. */
  end: string;
  city: string;
  /** The host country. */
  country: string;
  /** The verbatim sentence of the source that records the meeting (empty where a user's row has none). */
  quote: string;
  /** A user's own description of the meeting; empty for the bundled data. */
  description: string;
  /** A link a user's row gives; empty for the bundled data. */
  url: string;
  /** The deep link to the meeting in the explorer. */
  link: string;
}

/** The fields in column order. */
export const MEETING_COLUMNS = [
  'id',
  'title',
  'ministry_or_format',
  'category',
  'start',
  'end',
  'city',
  'country',
  'quote',
  'description',
  'url',
  'link',
] as const satisfies readonly (keyof MeetingFields)[];

export function meetingFields(context: ExportContext, meeting: MeetingRecord): MeetingFields {
  const { index } = context;
  return {
    id: meeting.id,
    title: meeting.title,
    ministry_or_format: index.formatById.get(meeting.formatId)?.name ?? meeting.formatId,
    category: index.categoryById.get(meeting.categoryId)?.name ?? meeting.categoryId,
    start: meeting.start,
    end: meeting.end,
    city: index.cityById.get(meeting.cityId)?.name ?? meeting.cityId,
    country: index.countryById.get(meeting.hostCountryId)?.name ?? meeting.hostCountryId,
    quote: meeting.quote ?? '',
    description: meeting.description ?? '',
    url: meeting.url ?? '',
    link: meetingLink(context, meeting.id),
  };
}
