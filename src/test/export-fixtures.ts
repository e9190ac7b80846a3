/** Hand-made meetings and a context for the export tests (test-only). */
import type { MeetingRecord } from '../data/dataset-index';
import { firstDay } from '../lib/calendar-date';
import { EMPTY_VIEW, type ViewState } from '../state/view-state';
import { realIndex } from './fixtures';
import type { ExportContext } from '../features/export/export-context';
import { loadedTranslate } from '../i18n/translate';

export const BASE_URL = 'https://example.org/sco/';

export function record(meeting: Omit<MeetingRecord, 'startDay' | 'endDay'>): MeetingRecord {
  return { ...meeting, startDay: firstDay(meeting.start), endDay: firstDay(meeting.end) };
}

/** A title with a comma and double quotes, a quote with a line break; 23–25 April 2012. */
export const trickyMeeting = record({
  id: 'tricky-2012',
  title: 'Meeting of "heads", deputies; and others',
  formatId: 'supreme-courts',
  categoryId: 'justice',
  start: '2012-04-23',
  end: '2012-04-25',
  cityId: 'beijing',
  hostCountryId: 'china',
  quote: 'of chairman of supreme courts\n(April 23-25, 2012 in Beijing), said \\ “Zhang Sinfena”',
});

export const oneDayMeeting = record({
  id: 'one-day-2012',
  title: 'Meeting of defence ministers',
  formatId: 'defence',
  categoryId: 'security',
  start: '2012-04-24',
  end: '2012-04-24',
  cityId: 'beijing',
  hostCountryId: 'china',
  quote: 'of defense ministers (April 24, 2012 in Beijing)',
});

export function contextFor(view: Partial<ViewState> = {}, datasetId: string | null = null): ExportContext {
  return { index: realIndex, view: { ...EMPTY_VIEW, ...view }, datasetId, baseUrl: BASE_URL, t: loadedTranslate('en')! };
}
