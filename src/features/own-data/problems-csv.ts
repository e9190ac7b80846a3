/**
 * The rows a file could not give, as a CSV to download: row, column, problem, in the page's
 * language. Cells that a spreadsheet would run as formulas get a leading `'` (the problem
 * quotes the user's cell).
 */
import { csvFormatRows } from 'd3-dsv';
import type { Translate } from '../../i18n/translate';
import type { RowProblem } from './own-data-types';
import { wordProblem } from './word-problem';

const FORMULA_START = /^[=+\-@\t\r]/;
const plain = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export function problemsCsv(t: Translate, problems: readonly RowProblem[]): string {
  const rows = problems.map((p) =>
    [p.row === null ? '' : String(p.row), p.column ?? '', wordProblem(t, p)].map(plain),
  );
  const header = [t('ownData.csv.row'), t('ownData.csv.column'), t('ownData.csv.problem')];
  return `\uFEFF${csvFormatRows([header, ...rows])}\r\n`;
}

/** `chronology.csv` → `chronology-problems.csv`. */
export function problemsFileName(name: string): string {
  const base =
    name
      .replace(/\.[^./]*$/, '')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'data';
  return `${base}-problems.csv`;
}
