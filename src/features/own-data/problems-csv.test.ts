import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { problemsCsv, problemsFileName } from './problems-csv';

describe('problemsCsv', () => {
  it('lists row, column and problem, one line a problem, readable by a CSV parser', () => {
    const text = problemsCsv([
      {
        row: 3,
        column: 'start',
        message: 'Row 3, start: "2012-13-45" is not a date (use YYYY-MM-DD)',
      },
      { row: null, column: null, message: 'The file has no title column' },
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(csvParseRows(text.slice(1).trim())).toEqual([
      ['row', 'column', 'problem'],
      ['3', 'start', 'Row 3, start: "2012-13-45" is not a date (use YYYY-MM-DD)'],
      ['', '', 'The file has no title column'],
    ]);
  });

  it('keeps a user’s formula from running in a spreadsheet', () => {
    const rows = csvParseRows(
      problemsCsv([{ row: 2, column: 'title', message: '=HYPERLINK("x")' }])
        .slice(1)
        .trim(),
    );
    expect(rows[1]?.[2]).toBe('\'=HYPERLINK("x")');
  });
});

describe('problemsFileName', () => {
  it('names the list after the file', () => {
    expect(problemsFileName('my chronology.csv')).toBe('my-chronology-problems.csv');
    expect(problemsFileName('???')).toBe('data-problems.csv');
  });
});
