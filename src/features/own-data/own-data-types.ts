/**
 * What reading a user's file gives back, and how it fails: the contract between the worker
 * (read-own-data.worker.ts), its main-thread client (read-own-data.ts) and the interface.
 * Plain data only: every value here crosses the worker boundary by structured clone.
 */
import type { Dataset } from '../../data/schema';
import type { NestedMessage } from '../../i18n/word';

/** The size limit for a data file or a source text: 100 MB. */
export const MAX_MEGABYTES = 100;
export const MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

/** The meanings a column of a user's table can have. */
export const OWN_FIELDS = [
  'id',
  'title',
  'start',
  'end',
  'city',
  'country',
  'ministry',
  'category',
  'latitude',
  'longitude',
  'quote',
  'description',
  'url',
] as const;
export type OwnField = (typeof OWN_FIELDS)[number];

/** How a problem names its row: `Row 3` of a table, `Item 3` of a JSON list of rows, `Meeting 3` of a JSON dataset. */
export type ProblemPlace = 'row' | 'item' | 'meeting';

/**
 * One problem, in plain words: `Row 3, start: "2012-13-45" is not a date (use YYYY-MM-DD)`.
 * Made in the worker as messages, worded by the page in its language (word-problem.ts).
 * `row` is the spreadsheet's row (the header is row 1; for JSON, the item's or meeting's
 * number from 1); null, with no `place`, for a problem of the whole file.
 */
export interface RowProblem {
  row: number | null;
  /** The column as the file names it (`Start`, `format`), or null for the whole row or file. */
  column: string | null;
  place?: ProblemPlace;
  /** A JSON dataset's meeting id, named beside its number. */
  meetingId?: string;
  /** What is wrong, without the place. */
  message: NestedMessage;
}

/** A column of the file and what it was read as. */
export interface ColumnUse {
  /** The header as the file gives it (trimmed). */
  header: string;
  /** null: not used; `note` says why. */
  field: OwnField | null;
  note?: NestedMessage;
}

export interface OwnDataPreview {
  format: 'csv' | 'tsv' | 'json';
  /** The delimiter Papa Parse found (`,`, `;`, `\t`, `|`); null for JSON. */
  delimiter: string | null;
  /** The columns in file order; empty for the app's own dataset JSON. */
  columns: ColumnUse[];
  /** Rows (or meetings) read, blank lines not counted. */
  rows: number;
  /** Rows that became meetings. */
  validRows: number;
  /** The plain-text source opened with the data (its file name), if any. */
  sourceName: string | null;
  /** How many quotes were checked against that source. */
  quotesChecked: number;
  /**
   * How the bytes were decoded: UTF-8, or Windows-1252 for a file that is not valid UTF-8
   * (what Excel on Windows writes as "CSV (Comma delimited)").
   */
  encoding: 'utf-8' | 'windows-1252';
}

export interface OwnDataResult {
  /** The data file's name (for a link, the last part of its path). */
  name: string;
  /** Valid by `validateDataset(…, { strict: false })`. */
  dataset: Dataset;
  /** The rows left out, each with why. Empty when every row loaded. */
  problems: RowProblem[];
  preview: OwnDataPreview;
  /** SHA-256 of the data file's bytes, lowercase hex. */
  contentHash: string;
  /** Size of the data file in bytes. */
  bytes: number;
}

export type OwnDataErrorReason =
  | 'empty'
  | 'no-valid-row'
  | 'not-data'
  | 'too-large'
  | 'unreachable'
  | 'timeout'
  | 'http'
  | 'invalid'
  /** The reader itself stopped: its script did not load (offline, a new release). */
  | 'stopped';

/**
 * A file or link that gave no dataset; `text` says why, worded by the page in its language.
 * `message` holds the message's id, for logs.
 */
export class OwnDataError extends Error {
  override name = 'OwnDataError';

  constructor(
    readonly reason: OwnDataErrorReason,
    readonly text: NestedMessage,
    readonly problems: RowProblem[] = [],
  ) {
    super(text.id);
  }
}
