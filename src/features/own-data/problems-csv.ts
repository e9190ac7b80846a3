/**
 * The rows a file could not give, as a CSV to download: row, column, problem. Cells that a
 * spreadsheet would run as formulas get a leading `'` (the problem quotes the user's cell).
 */
import { csvFormatRows } from 'd3-dsv';
import type { RowProblem } from './own-data-types';

const FORMULA_START = /^[=+\-@\t\r]/;
const plain = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export function problemsCsv(problems: readonly RowProblem[]): string {
  const rows = problems.map((p) =>
    [p.row === null ? '' : String(p.row), p.column ?? '', p.message].map(plain),
  );
  return `\uFEFF${csvFormatRows([['row', 'column', 'problem'], ...rows])}\r\n`;
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
