/**
 * Derived lookups over a validated dataset, built once per dataset and shared by every view.
 */
import { firstDay, lastDay } from '../lib/calendar-date';
import type {
  Area,
  Category,
  City,
  Country,
  Dataset,
  Decision,
  Delegation,
  Format,
  Meeting,
  Organisation,
} from './schema';

/** A meeting with its day numbers resolved, the unit every view works with. */
export interface MeetingRecord extends Meeting {
  /** Day number of the first day (days since 1970-01-01, calendar-exact). */
  startDay: number;
  /** Day number of the last day, inclusive. */
  endDay: number;
  categoryId: string;
}

export interface DatasetIndex {
  dataset: Dataset;
  /** Meetings in chronological order (start, then end, then title). */
  meetings: MeetingRecord[];
  /** Built on first use (see indexDataset). */
  readonly meetingById: ReadonlyMap<string, MeetingRecord>;
  cityById: Map<string, City>;
  countryById: Map<string, Country>;
  formatById: Map<string, Format>;
  categoryById: Map<string, Category>;
  areaById: Map<string, Area>;
  decisionById: Map<string, Decision>;
  organisationById: Map<string, Organisation>;
  delegationByCountry: Map<string, Delegation>;
  /** Decisions that link to each meeting, in dataset order. */
  decisionsByMeeting: Map<string, Decision[]>;
  /** First and last day covered by the meetings. */
  span: { startDay: number; endDay: number };
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  // A loop, not `new Map(records.map(…))`: no [id, record] pair to allocate per record.
  const map = new Map<string, T>();
  for (const record of records) map.set(record.id, record);
  return map;
}

export function compareMeetings(a: MeetingRecord, b: MeetingRecord): number {
  return a.startDay - b.startDay || a.endDay - b.endDay || a.title.localeCompare(b.title);
}

/**
 * A meeting with its day numbers, as one literal of known shape: `{ ...meeting, startDay, … }`
 * is far slower in V8 (several µs a record, about a second at 100,000 meetings). The mapped
 * type makes the compiler ask for any field the schema gains. `summit` is always present,
 * `undefined` when the file leaves it out.
 */
function meetingRecord(meeting: Meeting, categoryId: string): MeetingRecord {
  const record: { [K in keyof Required<MeetingRecord>]: MeetingRecord[K] } = {
    id: meeting.id,
    title: meeting.title,
    formatId: meeting.formatId,
    start: meeting.start,
    end: meeting.end,
    cityId: meeting.cityId,
    hostCountryId: meeting.hostCountryId,
    summit: meeting.summit,
    quote: meeting.quote,
    description: meeting.description,
    url: meeting.url,
    startDay: firstDay(meeting.start),
    endDay: lastDay(meeting.end),
    categoryId,
  };
  return record;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const formatById = byId(dataset.formats);
  const meetings = dataset.meetings
    .map((meeting) =>
      meetingRecord(
        meeting,
        meeting.categoryId ?? formatById.get(meeting.formatId)?.categoryId ?? '',
      ),
    )
    .sort(compareMeetings);
  const decisionsByMeeting = new Map<string, Decision[]>();
  for (const decision of dataset.decisions) {
    for (const link of decision.meetingLinks) {
      const list = decisionsByMeeting.get(link.meetingId) ?? [];
      list.push(decision);
      decisionsByMeeting.set(link.meetingId, list);
    }
  }
  let startDay = Infinity;
  let endDay = -Infinity;
  for (const meeting of meetings) {
    startDay = Math.min(startDay, meeting.startDay);
    endDay = Math.max(endDay, meeting.endDay);
  }
  if (meetings.length === 0) startDay = endDay = 0;
  let meetingById: Map<string, MeetingRecord> | null = null;
  return {
    dataset,
    meetings,
    // A map of every id is costly at 100,000 meetings, and the first view needs it only when
    // its link names a meeting: built on first use, then kept.
    get meetingById() {
      return (meetingById ??= byId(meetings));
    },
    cityById: byId(dataset.reference.cities),
    countryById: byId(dataset.reference.countries),
    formatById,
    categoryById: byId(dataset.categories),
    areaById: byId(dataset.areas),
    decisionById: byId(dataset.decisions),
    organisationById: byId(dataset.organisations),
    delegationByCountry: new Map(dataset.delegations.map((d) => [d.countryId, d])),
    decisionsByMeeting,
    span: { startDay, endDay },
  };
}
