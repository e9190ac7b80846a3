/**
 * What a decision card says, resolved from ids to names and from dates to text in the
 * interface's language (the names are the dataset's). Pure: the card only lays these facts out.
 */
import type { DatasetIndex } from '../../data/dataset-index';
import type { Decision, Period } from '../../data/schema';
import { formatCalendarDate, formatDateRange } from '../../lib/format-date';
import type { Language } from '../../lib/language';

export interface MeetingLinkFact {
  id: string;
  title: string;
  /** "12 April 2012". */
  dates: string;
  /** `stated`: the sentence names the meeting; `editorial`: the dataset's judgement. */
  basis: 'stated' | 'editorial';
}

export interface AppointmentFact {
  /** As the release spells it: "Zhang Sinfena". */
  name: string;
  /** The normalised full name, where it differs: "Zhang Xinfeng". */
  fullName: string | null;
  country: string;
  post: string;
  /** "1 January 2013 – 31 December 2015". */
  term: string | null;
}

export interface DecisionFacts {
  documents: string[];
  /** "Counter-terrorism programme: 2013–2015". */
  periods: string[];
  states: string[];
  organisations: string[];
  /** Meetings that fed the decision, in time order. */
  meetings: MeetingLinkFact[];
  appointments: AppointmentFact[];
}

function formatPeriod(period: Period, lang: Language, countryName?: string): string {
  const where = countryName ? `, ${countryName}` : '';
  return `${period.label}: ${formatDateRange(period.start, period.end, lang)}${where}`;
}

export function decisionFacts(decision: Decision, index: DatasetIndex, lang: Language = 'en'): DecisionFacts {
  const countryName = (id: string) => index.countryById.get(id)?.name ?? id;
  const appointments = decision.appointments ?? [];
  // An appointment's term is the decision's period; it is shown with the person, not twice.
  const term = appointments.length > 0 ? decision.periods[0] : undefined;
  const meetings = decision.meetingLinks
    .map((link) => ({ link, meeting: index.meetingById.get(link.meetingId) }))
    .sort((a, b) => (a.meeting?.startDay ?? Infinity) - (b.meeting?.startDay ?? Infinity))
    .map(({ link, meeting }) => ({
      id: link.meetingId,
      title: meeting?.title ?? link.meetingId,
      dates: meeting ? formatDateRange(meeting.start, meeting.end, lang) : '',
      basis: link.basis,
    }));
  return {
    documents: decision.documents.map((doc) =>
      doc.date ? `${doc.title} (${formatCalendarDate(doc.date, lang)})` : doc.title,
    ),
    periods: decision.periods
      .filter((period) => period !== term)
      .map((period) => formatPeriod(period, lang, period.countryId ? countryName(period.countryId) : undefined)),
    states: decision.stateIds.map(countryName),
    organisations: decision.organisationIds.map((id) => index.organisationById.get(id)?.name ?? id),
    meetings,
    appointments: appointments.map((a) => ({
      name: a.person.name,
      fullName: a.person.fullName && a.person.fullName !== a.person.name ? a.person.fullName : null,
      country: countryName(a.countryId),
      post: a.post,
      term: term ? formatDateRange(term.start, term.end, lang) : null,
    })),
  };
}
