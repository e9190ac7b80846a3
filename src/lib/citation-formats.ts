/**
 * Citations for reference managers (Zotero, Mendeley, EndNote, citation-js): RIS and CSL-JSON,
 * for one record of the explorer or for the whole dataset. Both formats are small and fixed, so
 * they are written here rather than with citation-js, whose CSL engine (citeproc) is large and
 * licensed CPAL or AGPL. Pure: the access date and the content hash are passed in.
 *
 * The item cited is the record in the dataset (type "dataset" in both formats); the source it
 * quotes, the dataset's version and the file's content hash go with it, so that a reader can
 * find the sentence and tell whether the data changed since it was cited.
 */
import { parseCalendarDate } from './calendar-date';
import {
  bibtexKey,
  citedWork,
  datasetEdition,
  KIND_NAMES,
  placeAndDate,
  sentence,
  type CitationContext,
  type CitedRecord,
} from './citation';

/** The explorer, named as the publisher of the dataset. */
export const PUBLISHER = 'SCO Timeline Explorer';

/** What every form of one citation says, once. `record` null: the whole dataset. */
function citedItem(record: CitedRecord | null, { dataset, url, accessed, hash }: CitationContext) {
  const source = dataset.source ? citedWork(dataset) : null;
  const issued = source?.start ? parseCalendarDate(source.start) : null;
  const where = source ? placeAndDate(source) : null;
  const quoted = source
    ? `Quoted from: ${[source.publisher, `“${sentence(source.title)}”`, where].filter(Boolean).join(', ')}.`
    : null;
  return {
    key: record ? bibtexKey(dataset.id, record.id) : bibtexKey(dataset.id, 'dataset'),
    title: record ? `${sentence(record.title)} (${KIND_NAMES[record.kind]})` : sentence(dataset.title),
    container: record ? sentence(dataset.title) : null,
    author: source?.publisher ?? null,
    issued,
    url,
    accessed: parseCalendarDate(accessed),
    version: dataset.version,
    hash: hash ?? null,
    note: [quoted, `${PUBLISHER}, ${datasetEdition(dataset, hash)}.`].filter(Boolean).join(' '),
  };
}

type CalendarParts = ReturnType<typeof parseCalendarDate>;

/** `2012/06/06/`: RIS's date, with the parts the date has. */
function risDate(date: CalendarParts): string {
  if (!date) return '';
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${date.year}/${pad(date.month)}/${pad(date.day)}/`;
}

/** A RIS value is one line: line breaks become spaces. */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * One RIS record: `TY  - DATA` first, `ER  - ` last, one `TAG  - value` a line, CRLF line
 * endings (the RIS specification's), UTF-8.
 */
export function citationRis(record: CitedRecord | null, context: CitationContext): string {
  const item = citedItem(record, context);
  const lines: [string, string][] = [['TY', 'DATA']];
  lines.push(['ID', item.key], ['TI', item.title]);
  if (item.container) lines.push(['T2', item.container]);
  if (item.author) lines.push(['AU', item.author]);
  if (item.issued) lines.push(['PY', String(item.issued.year)], ['DA', risDate(item.issued)]);
  lines.push(['PB', PUBLISHER], ['ET', item.version], ['UR', item.url]);
  if (item.accessed) lines.push(['Y2', risDate(item.accessed)]);
  lines.push(['N1', item.note]);
  return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n')}\r\nER  - \r\n`;
}

/** A CSL-JSON item (citeproc's input): `id` and `type` are the schema's required fields. */
export interface CslItem {
  id: string;
  type: 'dataset';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  publisher: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL: string;
  version: string;
  note: string;
}

function dateParts(date: CalendarParts): { 'date-parts': number[][] } | undefined {
  if (!date) return undefined;
  const parts = [date.year, date.month, date.day].filter((n): n is number => n !== undefined);
  return { 'date-parts': [parts] };
}

export function citationCsl(record: CitedRecord | null, context: CitationContext): CslItem {
  const item = citedItem(record, context);
  const issued = dateParts(item.issued);
  const accessed = dateParts(item.accessed);
  return {
    id: item.key,
    type: 'dataset',
    title: item.title,
    ...(item.container ? { 'container-title': item.container } : {}),
    ...(item.author ? { author: [{ literal: item.author }] } : {}),
    publisher: PUBLISHER,
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    URL: item.url,
    version: item.version,
    note: item.note,
  };
}

/** A CSL-JSON file: an array of items, pretty-printed, with a final newline. */
export function citationCslJson(record: CitedRecord | null, context: CitationContext): string {
  return `${JSON.stringify([citationCsl(record, context)], null, 2)}\n`;
}
