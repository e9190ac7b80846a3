import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { formatDateRange } from '../../lib/format-date';

/** A meeting's accessible name: "Meeting of defence ministers, 24 April 2012, Beijing, China". */
export function meetingLabel(index: DatasetIndex, meeting: MeetingRecord): string {
  const city = index.cityById.get(meeting.cityId)?.name ?? meeting.cityId;
  const country = index.countryById.get(meeting.hostCountryId)?.name ?? meeting.hostCountryId;
  return `${meeting.title}, ${formatDateRange(meeting.start, meeting.end)}, ${city}, ${country}`;
}
