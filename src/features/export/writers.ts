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

export const FORMATS: Record<'csv' | 'json' | 'ics' | 'geojson' | 'roles', { write: Write }> = {
  csv: { write: toCsv },
  json: { write: toJson },
  ics: { write: toIcs },
  geojson: { write: toGeoJson },
  roles: { write: (context) => toRolesCsv(context.index.dataset) },
};
