/**
 * Citations of the press release for one record of the explorer: plain text and BibTeX,
 * each carrying the deep link to that record. Pure: the access date is passed in.
 */
import { formatCalendarDate, formatDateRange } from './format-date';
import { parseCalendarDate } from './calendar-date';

export type CitedKind = 'meeting' | 'decision' | 'state';

/** The record a citation points at. */
export interface CitedRecord {
  kind: CitedKind;
  id: string;
  title: string;
}

/** What a citation needs of the source (a dataset's `source` fits); a user's text may give only a title. */
export interface CitationSource {
  title: string;
  publisher?: string;
  place?: string;
  start?: string;
  end?: string;
}

/**
 * What a citation needs of the dataset (a `Dataset` fits). Without a source, as for a user's
 * chronology, the dataset itself is the work cited.
 */
export interface CitationDataset {
  id: string;
  title: string;
  version: string;
  source?: CitationSource;
}

/** The work a citation names: the dataset's source, or the dataset itself. */
export function citedWork(dataset: CitationDataset): CitationSource {
  return dataset.source ?? { title: dataset.title };
}

/** `Beijing, 6–7 June 2012`, from what the source gives. */
export function placeAndDate(source: CitationSource): string | null {
  const dates = source.start && source.end ? formatDateRange(source.start, source.end) : null;
  const parts = [source.place, dates].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

export interface CitationContext {
  dataset: CitationDataset;
  /** The deep link to the record. */
  url: string;
  /** When the reader looked, as a calendar date `YYYY-MM-DD`. */
  accessed: string;
  /** The dataset file's short content hash (content-hash.ts), once known: tells a reader whether the data changed. */
  hash?: string | null;
}

export interface Citation {
  text: string;
  bibtex: string;
}

export const KIND_NAMES: Record<CitedKind, string> = { meeting: 'meeting', decision: 'decision', state: 'state' };
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** A local calendar date `YYYY-MM-DD` for an instant (the caller owns the clock). */
export function calendarDateOf(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** Strips a closing full stop, so a title ending in one does not print two. */
export function sentence(value: string): string {
  return value.trim().replace(/[.\s]+$/, '');
}

/** `dataset 1.0.0` or `dataset 1.0.0, content hash ba7816bf8f01`. */
export function datasetEdition(dataset: CitationDataset, hash?: string | null): string {
  return `dataset ${dataset.version}${hash ? `, content hash ${hash}` : ''}`;
}

export function citationText(record: CitedRecord, { dataset, url, accessed, hash }: CitationContext): string {
  const source = citedWork(dataset);
  const where = placeAndDate(source);
  return [
    source.publisher ? `${sentence(source.publisher)}.` : null,
    `“${sentence(source.title)}.”`,
    where ? `${where}.` : null,
    `Record (${KIND_NAMES[record.kind]}): ${sentence(record.title)}.`,
    `SCO Timeline Explorer, ${datasetEdition(dataset, hash)}.`,
    `${url} (accessed ${formatCalendarDate(accessed)}).`,
  ]
    .filter((part) => part !== null)
    .join(' ');
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '–': '--',
  '—': '---',
};

/** Escapes text for a BibTeX field: TeX specials become commands, dashes become TeX dashes. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_~^–—]/g, (char) => BIBTEX_SPECIALS[char] ?? char);
}

/** A URL as BibTeX's `url` field takes it: verbatim, except braces and spaces, which would break the entry. */
export function bibtexUrl(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s/g, '%20');
}

/** `sco-2012-beijing` + `security-documents` → `sco2012beijing-security-documents`. */
export function bibtexKey(datasetId: string, recordId: string): string {
  const clean = (value: string) => value.replace(/[^A-Za-z0-9-]/g, '');
  return `${clean(datasetId).replace(/-/g, '')}-${clean(recordId)}`;
}

export function citationBibtex(record: CitedRecord, { dataset, url, accessed, hash }: CitationContext): string {
  const source = citedWork(dataset);
  const start = source.start ? parseCalendarDate(source.start) : null;
  const month = start?.month === undefined ? undefined : MONTH_MACROS[start.month - 1];
  const note =
    `Record (${KIND_NAMES[record.kind]}): ${sentence(record.title)}. ` +
    `SCO Timeline Explorer, ${datasetEdition(dataset, hash)}. Accessed ${formatCalendarDate(accessed)}`;
  const where = placeAndDate(source);
  const fields: [string, string][] = [];
  if (source.publisher) fields.push(['author', `{{${escapeBibtex(source.publisher)}}}`]);
  fields.push(['title', `{{${escapeBibtex(source.title)}}}`]);
  if (where) fields.push(['howpublished', `{${escapeBibtex(where)}}`]);
  if (start) fields.push(['year', `{${start.year}}`]);
  if (month) fields.push(['month', month]);
  fields.push(['url', `{${bibtexUrl(url)}}`], ['urldate', `{${accessed}}`], ['note', `{${escapeBibtex(note)}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@misc{${bibtexKey(dataset.id, record.id)},\n${body}\n}`;
}

/** Both forms of the citation of one record. */
export function citeRecord(record: CitedRecord, context: CitationContext): Citation {
  return { text: citationText(record, context), bibtex: citationBibtex(record, context) };
}
