/**
 * The data writers, loaded on the first data export so that d3-dsv and the iCalendar code stay
 * out of the first view's JavaScript. Pictures, annotations and citations have chunks of
 * their own (picture-file.ts, annotation-file.ts, citation-file.ts).
 */
import type { MeetingRecord } from '../../data/dataset-index';
import type { ExportContext } from './export-context';
import { toCsv } from './to-csv';
import { toGeoJson } from './to-geojson';
import { toIcs } from './to-ics';
import { toJson } from './to-json';
import { toRolesCsv } from './to-roles-csv';

type Write = (context: ExportContext, meetings: readonly MeetingRecord[]) => string;

export const FORMATS: Record<'csv' | 'json' | 'ics' | 'geojson' | 'roles', { write: Write; noun: string }> = {
  csv: { write: toCsv, noun: 'CSV' },
  json: { write: toJson, noun: 'JSON' },
  ics: { write: toIcs, noun: 'Calendar' },
  geojson: { write: toGeoJson, noun: 'GeoJSON' },
  roles: { write: (context) => toRolesCsv(context.index.dataset), noun: 'States and roles CSV' },
};
