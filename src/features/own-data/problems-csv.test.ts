import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { problemsCsv, problemsFileName } from './problems-csv';
import { loadTranslate, loadedTranslate } from '../../i18n/translate';

const en = loadedTranslate('en')!;

describe('problemsCsv', () => {
  it('lists row, column and problem, one line a problem, readable by a CSV parser', () => {
    const text = problemsCsv(en, [
      {
        row: 3,
        column: 'start',
        place: 'row',
        message: { id: 'ownData.problem.notDate', values: { value: '2012-13-45' } },
      },
      { row: null, column: null, message: { id: 'ownData.error.noFile' } },
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(csvParseRows(text.slice(1).trim())).toEqual([
      ['row', 'column', 'problem'],
      ['3', 'start', 'Row 3, start: "2012-13-45" is not a date (use YYYY-MM-DD)'],
      ['', '', 'No file was given.'],
    ]);
  });

  it('keeps a user’s formula from running in a spreadsheet', () => {
    const rows = csvParseRows(
      problemsCsv(en, [{ row: 2, column: 'title', message: { id: 'validation.text', values: { text: '=HYPERLINK("x")' } } }])
        .slice(1)
        .trim(),
    );
    expect(rows[1]?.[2]).toBe('\'=HYPERLINK("x")');
  });
});

describe('problemsCsv in Russian', () => {
  it('words the header and the problems in the page’s language', async () => {
    const ru = await loadTranslate('ru');
    const text = problemsCsv(ru, [{ row: 4, column: 'title', place: 'row', message: { id: 'ownData.problem.empty' } }]);
    expect(csvParseRows(text.slice(1).trim())).toEqual([
      ['строка', 'столбец', 'проблема'],
      ['4', 'title', 'Строка 4, title: пусто'],
    ]);
  });
});

describe('problemsFileName', () => {
  it('names the list after the file', () => {
    expect(problemsFileName('my chronology.csv')).toBe('my-chronology-problems.csv');
    expect(problemsFileName('???')).toBe('data-problems.csv');
  });
});
