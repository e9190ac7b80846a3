import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { formatDateRange } from '../../lib/format-date';
import type { Translate } from '../../i18n/translate';

/** A meeting's accessible name: "Meeting of defence ministers, 24 April 2012, Beijing, China". */
export function meetingLabel(index: DatasetIndex, meeting: MeetingRecord, t: Translate): string {
  const city = index.cityById.get(meeting.cityId)?.name ?? meeting.cityId;
  const country = index.countryById.get(meeting.hostCountryId)?.name ?? meeting.hostCountryId;
  return t('meeting.label', { title: meeting.title, dates: formatDateRange(meeting.start, meeting.end, t.lang), city, country });
}
