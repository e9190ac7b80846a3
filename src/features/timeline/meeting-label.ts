import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { formatDateRange } from '../../lib/format-date';
import type { Translate } from '../../i18n/translate';

/** Labels already worded, per translator: a timeline's render words only the meetings it has not. */
const worded = new WeakMap<Translate, WeakMap<MeetingRecord, string>>();

/** A meeting's accessible name: "Meeting of defence ministers, 24 April 2012, Beijing, China". */
export function meetingLabel(index: DatasetIndex, meeting: MeetingRecord, t: Translate): string {
  let labels = worded.get(t);
  if (!labels) worded.set(t, (labels = new WeakMap()));
  let label = labels.get(meeting);
  if (label === undefined) {
    const city = index.cityById.get(meeting.cityId)?.name ?? meeting.cityId;
    const country = index.countryById.get(meeting.hostCountryId)?.name ?? meeting.hostCountryId;
    const dates = formatDateRange(meeting.start, meeting.end, t.lang);
    label = t('meeting.label', { title: meeting.title, dates, city, country });
    labels.set(meeting, label);
  }
  return label;
}
