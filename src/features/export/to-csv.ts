/**
 * The meetings of a view as CSV (RFC 4180): d3-dsv quotes every value that holds a comma,
 * a double quote or a line break and doubles inner quotes. Rows end with CRLF, and the
 * file starts with a UTF-8 byte-order mark so that Excel reads "Zhang Sinfena" — and any
 * non-ASCII text — as UTF-8 rather than the system code page.
 *
 * Provenance (source, dataset version, link of the view) is repeated as three columns on
 * every row rather than written as `# Source: …` lines above the header: spreadsheet
 * programs and CSV readers (Excel, LibreOffice, Google Sheets, pandas, d3.csvParse) take
 * the first line as the header and have no comment syntax, so preamble lines become
 * bogus header or data rows. Repeated columns also stay with a row when it is sorted,
 * filtered or pasted into another sheet.
 *
 * A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) is written with a
 * leading `'`, as OWASP advises against CSV injection: a user's file may carry a formula that
 * a spreadsheet would otherwise run. The bundled data has no such cell, so its quotes stay
 * verbatim.
 */
import { csvFormatRow } from 'd3-dsv';
import type { MeetingRecord } from '../../data/dataset-index';
import { viewLink, type ExportContext } from './export-context';
import { MEETING_COLUMNS, meetingFields } from './meeting-fields';
import { sourceLine } from '../../data/source-line';

export const CSV_COLUMNS = [...MEETING_COLUMNS, 'source', 'dataset_version', 'view_link'] as const;

const BOM = '\uFEFF';

export function toCsv(context: ExportContext, meetings: readonly MeetingRecord[]): string {
  const { dataset } = context.index;
  const source = sourceLine(dataset) ?? '';
  const link = viewLink(context);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const meeting of meetings) {
    const fields = meetingFields(context, meeting);
    rows.push([...MEETING_COLUMNS.map((column) => fields[column]), source, dataset.version, link]);
  }
  return BOM + rows.map((row) => csvFormatRow(row.map(neutraliseFormula))).join('\r\n') + '\r\n';
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula, made plain text with a leading `'`. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
