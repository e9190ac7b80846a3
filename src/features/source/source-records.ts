/**
 * Every quoted fact of a dataset as one list of records, whatever its kind: what it is
 * called, what it says beyond the quote, and what selecting it means in the URL.
 */
import type { DatasetIndex } from '../../data/dataset-index';
import type { Delegation } from '../../data/schema';
import { formatCalendarDate, formatDateRange } from '../../lib/format-date';
import type { Translate } from '../../i18n/translate';
import type { MessageId } from '../../i18n/message-ids';

type Person = Delegation['head'];

/** How a fact is highlighted in the text. */
export type MarkKind = 'meeting' | 'participant' | 'decision' | 'status';
export const MARK_KINDS: readonly MarkKind[] = ['meeting', 'participant', 'decision', 'status'];

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

function personText(person: Person): string {
  const full = person.fullName && person.fullName !== person.name ? ` (${person.fullName})` : '';
  return `${person.name}${full}, ${person.title}`;
}

/**
 * All quoted records in reading order of their kinds: meetings, participants, decisions, status
 * changes. Names and details are worded in the interface language; the data in them (titles,
 * names, summaries) stays in the language of its source.
 */
export function sourceRecords(index: DatasetIndex, t: Translate): SourceRecord[] {
  const { dataset } = index;
  const record = (kind: MarkKind, type: RecordType, id: string, name: string, rest: Omit<SourceRecord, 'key' | 'kind' | 'type' | 'name' | 'label'>): SourceRecord => ({
    key: `${type}:${id}`,
    kind,
    type,
    name,
    label: t('source.recordLabel', { kind: t(`source.kind.${kind}`), name }),
    ...rest,
  });
  const role = (value: string) => t(`source.role.${value}` as MessageId);
  const country = (id: string) => index.countryById.get(id)?.name ?? id;
  // A user's row without a quote has nothing to highlight.
  const meetings = dataset.meetings.flatMap((m) =>
    m.quote === undefined
      ? []
      : [
          record('meeting', 'meeting', m.id, m.title, {
            detail: `${formatDateRange(m.start, m.end, t.lang)}, ${index.cityById.get(m.cityId)?.name ?? m.cityId}`,
            select: { param: 'event', id: m.id },
            quote: m.quote,
          }),
        ],
  );
  const { chair } = dataset;
  const chairRecords = chair
    ? [
        record('participant', 'chair', chair.countryId, t('source.chairName', { person: chair.person, country: country(chair.countryId) }), {
          detail: t('source.chairDetail', { person: chair.person, country: country(chair.countryId) }),
          select: { param: 'state', id: chair.countryId },
          quote: chair.quote,
        }),
      ]
    : [];
  const delegations = dataset.delegations.map((d) =>
    record('participant', 'delegation', d.countryId, `${d.head.title} ${d.head.name} (${country(d.countryId)})`, {
      detail: t('source.delegationDetail', { role: role(d.role), state: d.nameInSource, person: personText(d.head) }),
      select: { param: 'state', id: d.countryId },
      quote: d.quote,
    }),
  );
  const organisations = dataset.organisations.map((o) =>
    record('participant', 'organisation', o.id, o.name, {
      detail: t('source.representedBy', { person: personText(o.representative) }),
      select: null,
      quote: o.quote,
    }),
  );
  const decisions = dataset.decisions.map((d) =>
    record('decision', 'decision', d.id, d.title, { detail: d.summary, select: { param: 'decision', id: d.id }, quote: d.quote }),
  );
  const statusChanges = dataset.statusChanges.map((s) => {
    const name = s.from
      ? t('source.statusFromTo', { state: country(s.countryId), from: role(s.from), to: role(s.to) })
      : t('source.statusBecomes', { state: country(s.countryId), to: role(s.to) });
    return record('status', 'status-change', s.countryId, name, {
      detail: t('source.statusFrom', { date: formatCalendarDate(s.date, t.lang) }) + (s.dateNote ? ` ${s.dateNote}` : ''),
      select: { param: 'state', id: s.countryId },
      quote: s.quote,
    });
  });
  return [...meetings, ...delegations, ...chairRecords, ...organisations, ...decisions, ...statusChanges];
}
