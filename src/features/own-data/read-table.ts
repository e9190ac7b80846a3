/**
 * CSV and TSV text to rows of cells, with Papa Parse: its delimiter detection (comma, tab,
 * semicolon, pipe), its handling of quoted values across lines, and its reports of broken
 * quoting, each turned into a row problem. Parsed in chunks so progress can be reported.
 * Rows are numbered as a spreadsheet shows them: the header is row 1, and a blank line is a
 * row too (it is skipped, not counted as data).
 */
import Papa from 'papaparse';
import type { NestedMessage } from '../../i18n/word';
import type { TableRow } from './rows-to-dataset';

export interface ParsedTable {
  headers: string[];
  /** Data rows, blank rows left out. */
  rows: TableRow[];
  delimiter: string;
}

const CHUNK_BYTES = 1 << 20;
const DELIMITERS = [',', '\t', ';', '|'];

const QUOTE_PROBLEMS: Readonly<Record<string, NestedMessage>> = {
  MissingQuotes: { id: 'ownData.problem.quoteNotClosed' },
  InvalidQuotes: { id: 'ownData.problem.textAfterQuote' },
};

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** `onProgress` hears the share of the text parsed, from 0 to 1. */
export function readTable(text: string, onProgress?: (fraction: number) => void): ParsedTable {
  // An object, not a `let`: TypeScript does not see the callback set it.
  const header: { cells: string[] | null } = { cells: null };
  let delimiter = ',';
  const rows: TableRow[] = [];
  /** Records seen before the current chunk: a record's index + 1 is its spreadsheet row. */
  let seen = 0;
  Papa.parse<string[]>(text, {
    chunkSize: CHUNK_BYTES,
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
    chunk(results: Papa.ParseResult<string[]>) {
      delimiter = results.meta.delimiter || delimiter;
      const rowProblems = new Map<number, NestedMessage>();
      for (const error of results.errors) {
        const message = QUOTE_PROBLEMS[error.code];
        // A delimiter Papa cannot guess from one column is no problem: the header decides.
        if (message && error.row !== undefined && !rowProblems.has(error.row))
          rowProblems.set(error.row, message);
      }
      results.data.forEach((cells, index) => {
        const row = seen + index + 1;
        const problem = rowProblems.get(index);
        if (!problem && isBlank(cells)) return;
        const headers = header.cells;
        if (!headers) {
          header.cells = cells;
          return;
        }
        if (problem) rows.push({ row, cells, problem });
        else if (cells.length !== headers.length) {
          rows.push({ row, cells, problem: widthProblem(cells.length, headers.length, delimiter) });
        } else rows.push({ row, cells });
      });
      seen += results.data.length;
      onProgress?.(text.length ? Math.min(1, results.meta.cursor / text.length) : 1);
    },
    // Parsing a string with `chunk` is synchronous: every chunk has been handled on return.
    complete() {},
  });
  return { headers: header.cells ?? [], rows, delimiter };
}

const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ',': 'comma',
  '\t': 'tab',
  ';': 'semicolon',
};

/** Too many cells: say that a value holding the delimiter must be quoted. */
function widthProblem(values: number, columns: number, delimiter: string): NestedMessage {
  const name = DELIMITER_NAMES[delimiter] ?? delimiter;
  const hint: NestedMessage | 'none' =
    values > columns ? { id: 'ownData.delimiter', values: { name } } : 'none';
  return { id: 'ownData.problem.width', values: { values, columns, hint } };
}
