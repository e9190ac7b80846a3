/**
 * The file writers, loaded on the first export so that d3-dsv and the iCalendar code stay
 * out of the first view's JavaScript.
 */
import { toCsv } from './to-csv';
import { toIcs } from './to-ics';
import { toJson } from './to-json';

export const FORMATS = {
  csv: { write: toCsv, noun: 'CSV' },
  json: { write: toJson, noun: 'JSON' },
  ics: { write: toIcs, noun: 'Calendar' },
} as const;
