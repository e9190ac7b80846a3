/** Placeholder of the reader's types; the reader itself replaces this file. */
import type { Dataset } from '../../data/schema';

export type OwnField =
  | 'id'
  | 'title'
  | 'start'
  | 'end'
  | 'city'
  | 'country'
  | 'ministry'
  | 'category'
  | 'latitude'
  | 'longitude'
  | 'quote'
  | 'description'
  | 'url';

export interface RowProblem {
  row: number | null;
  column: string | null;
  message: string;
}
export interface ColumnUse {
  header: string;
  field: OwnField | null;
  note?: string;
}
export interface OwnDataPreview {
  format: 'csv' | 'tsv' | 'json';
  delimiter: string | null;
  columns: ColumnUse[];
  rows: number;
  validRows: number;
  sourceName: string | null;
  quotesChecked: number;
}
export interface OwnDataResult {
  name: string;
  dataset: Dataset;
  problems: RowProblem[];
  preview: OwnDataPreview;
  contentHash: string;
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
  | 'invalid';
export class OwnDataError extends Error {
  constructor(
    readonly reason: OwnDataErrorReason,
    message: string,
    readonly problems: RowProblem[] = [],
  ) {
    super(message);
    this.name = 'OwnDataError';
  }
}
export const MAX_BYTES = 100 * 1024 * 1024;
