/**
 * Meetings per city, built in one pass over the meetings so the cost grows with the number
 * of meetings once, not once per city marker.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import type { Translate } from '../../i18n/translate';

/** The meetings held in each city, each list in the input's (chronological) order. */
export function meetingsByCity(meetings: readonly MeetingRecord[]): Map<string, MeetingRecord[]> {
  const byCity = new Map<string, MeetingRecord[]>();
  for (const meeting of meetings) {
    const list = byCity.get(meeting.cityId);
    if (list) list.push(meeting);
    else byCity.set(meeting.cityId, [meeting]);
  }
  return byCity;
}

/** The largest number of meetings any one city holds (0 for none). */
export function maxCityCount(byCity: ReadonlyMap<string, readonly MeetingRecord[]>): number {
  let max = 0;
  for (const list of byCity.values()) max = Math.max(max, list.length);
  return max;
}

/** A marker's accessible name: "Dushanbe, Tajikistan: 3 meetings". */
export function cityLabel(t: Translate, city: string, country: string, count: number): string {
  return t('map.cityLabel', { city, country, count });
}
