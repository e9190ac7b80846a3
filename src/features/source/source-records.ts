/**
 * Every quoted fact of a dataset as one list of records, whatever its kind: what it is
 * called, what it says beyond the quote, and what selecting it means in the URL.
 */
import type { DatasetIndex } from '../../data/dataset-index';
import type { Delegation, Role } from '../../data/schema';

type Person = Delegation['head'];
import { formatCalendarDate, formatDateRange } from '../../lib/format-date';

/** How a fact is highlighted in the text. */
export type MarkKind = 'meeting' | 'participant' | 'decision' | 'status';
export const MARK_KINDS: readonly MarkKind[] = ['meeting', 'participant', 'decision', 'status'];
export const KIND_NAMES: Record<MarkKind, string> = {
  meeting: 'Meeting',
  participant: 'Participant',
  decision: 'Decision',
  status: 'Status change',
};

/** The record type behind a fact (several types show as participants). */
export type RecordType = 'meeting' | 'delegation' | 'organisation' | 'chair' | 'decision' | 'status-change';

/** What selecting a record sets in the URL. */
export interface Selection {
  param: 'event' | 'decision' | 'state';
  id: string;
}

export interface SourceRecord {
  /** Unique in the dataset: `meeting:defence-ministers-2012`, `delegation:china`. */
  key: string;
  kind: MarkKind;
  type: RecordType;
  /** The record's name, without its kind: "Meeting of defence ministers". */
  name: string;
  /** The accessible name of its highlight: "Meeting: Meeting of defence ministers". */
  label: string;
  /** What the record adds to the quote: dates and city, a representative, a role. */
  detail: string;
  /** Null when the URL has nothing to select for it (an organisation). */
  select: Selection | null;
  quote: string;
}

const ROLE_NAMES: Record<Role, string> = {
  member: 'member state',
  observer: 'observer state',
  guest: 'guest of the host',
  'dialogue-partner': 'dialogue partner',
};

function personText(person: Person): string {
  const full = person.fullName && person.fullName !== person.name ? ` (${person.fullName})` : '';
  return `${person.name}${full}, ${person.title}`;
}

function record(kind: MarkKind, type: RecordType, id: string, name: string, rest: Omit<SourceRecord, 'key' | 'kind' | 'type' | 'name' | 'label'>): SourceRecord {
  return { key: `${type}:${id}`, kind, type, name, label: `${KIND_NAMES[kind]}: ${name}`, ...rest };
}

/** All quoted records in reading order of their kinds: meetings, participants, decisions, status changes. */
export function sourceRecords(index: DatasetIndex): SourceRecord[] {
  const { dataset } = index;
  const country = (id: string) => index.countryById.get(id)?.name ?? id;
  // A user's row without a quote has nothing to highlight.
  const meetings = dataset.meetings.flatMap((m) =>
    m.quote === undefined
      ? []
      : [
          record('meeting', 'meeting', m.id, m.title, {
            detail: `${formatDateRange(m.start, m.end)}, ${index.cityById.get(m.cityId)?.name ?? m.cityId}`,
            select: { param: 'event', id: m.id },
            quote: m.quote,
          }),
        ],
  );
  const { chair } = dataset;
  const chairRecords = chair
    ? [
        record('participant', 'chair', chair.countryId, `chair of the meeting, ${chair.person} (${country(chair.countryId)})`, {
          detail: `${chair.person} of ${country(chair.countryId)} chaired the meeting.`,
          select: { param: 'state', id: chair.countryId },
          quote: chair.quote,
        }),
      ]
    : [];
  const delegations = dataset.delegations.map((d) =>
    record('participant', 'delegation', d.countryId, `${d.head.title} ${d.head.name} (${country(d.countryId)})`, {
      detail: `Head of the delegation of the ${ROLE_NAMES[d.role]} ${d.nameInSource}: ${personText(d.head)}.`,
      select: { param: 'state', id: d.countryId },
      quote: d.quote,
    }),
  );
  const organisations = dataset.organisations.map((o) =>
    record('participant', 'organisation', o.id, o.name, {
      detail: `Represented by ${personText(o.representative)}.`,
      select: null,
      quote: o.quote,
    }),
  );
  const decisions = dataset.decisions.map((d) =>
    record('decision', 'decision', d.id, d.title, { detail: d.summary, select: { param: 'decision', id: d.id }, quote: d.quote }),
  );
  const statusChanges = dataset.statusChanges.map((s) => {
    const name = s.from
      ? `${country(s.countryId)}, from ${ROLE_NAMES[s.from]} to ${ROLE_NAMES[s.to]}`
      : `${country(s.countryId)} becomes ${ROLE_NAMES[s.to]}`;
    return record('status', 'status-change', s.countryId, name, {
      detail: `From ${formatCalendarDate(s.date)}.${s.dateNote ? ` ${s.dateNote}` : ''}`,
      select: { param: 'state', id: s.countryId },
      quote: s.quote,
    });
  });
  return [...meetings, ...delegations, ...chairRecords, ...organisations, ...decisions, ...statusChanges];
}
