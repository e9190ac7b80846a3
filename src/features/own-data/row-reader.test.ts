import { describe, expect, it } from 'vitest';
import { loadedTranslate, loadTranslate } from '../../i18n/translate';
import { mapColumns } from './columns';
import type { RowProblem } from './own-data-types';
import { foundMessage } from './read-json';
import { cellText, readRow } from './row-reader';
import { wordProblem } from './word-problem';

const en = loadedTranslate('en')!;
const [ru, zh] = await Promise.all([loadTranslate('ru'), loadTranslate('zh')]);
/** A problem as the page shows it, in English. */
const worded = ({ row, column, ...problem }: RowProblem) => ({
  row,
  column,
  message: wordProblem(en, { row, column, ...problem }),
});

const HEADER = ['title', 'Start', 'end', 'lat', 'longitude', 'url', 'quote', 'city', 'description'];
const map = mapColumns(HEADER);

/** One row from named cells; the rest empty. */
function row(cells: Partial<Record<string, string>>, number = 2) {
  return readRow(
    HEADER.map((h) => cells[h] ?? ''),
    map,
    number,
  );
}
const messages = (cells: Partial<Record<string, string>>, number = 2) =>
  row(cells, number).problems.map((p) => wordProblem(en, p));

describe('readRow', () => {
  it('reads a valid row, trimmed; end defaults to start', () => {
    const { record, problems } = row(
      { title: ' Summit ', Start: ' 2012-06-07 ', city: 'Beijing' },
      5,
    );
    expect(problems).toEqual([]);
    expect(record).toEqual({
      row: 5,
      title: 'Summit',
      start: '2012-06-07',
      end: '2012-06-07',
      city: 'Beijing',
    });
  });

  it.each([
    ['2013', 'year'],
    ['2010-06', 'month'],
    ['2012-02-29', 'day'],
  ])('keeps the date %s at %s precision', (start) => {
    expect(row({ title: 'T', Start: start }).record).toMatchObject({ start, end: start });
  });

  it('names the row and the column as the file writes it', () => {
    expect(row({ title: 'T', Start: '2012-13-45' }, 3).problems.map(worded)).toEqual([
      {
        row: 3,
        column: 'Start',
        message: 'Row 3, Start: "2012-13-45" is not a date (use YYYY-MM-DD)',
      },
    ]);
  });

  it.each([
    [{ title: '', Start: '2012' }, ['Row 2, title: empty']],
    [{ title: '   ', Start: '2012' }, ['Row 2, title: empty']],
    [{ title: 'T', Start: '' }, ['Row 2, Start: empty']],
    [
      { title: 'T', Start: '07/06/2012' },
      ['Row 2, Start: "07/06/2012" is not a date (use YYYY-MM-DD)'],
    ],
    [
      { title: 'T', Start: '2011-02-29' },
      ['Row 2, Start: "2011-02-29" is not a date (use YYYY-MM-DD)'],
    ],
    [
      { title: 'T', Start: '2012', end: '2012-6' },
      ['Row 2, end: "2012-6" is not a date (use YYYY-MM-DD)'],
    ],
    [
      { title: 'T', Start: '2012-06-07', end: '2012-06-01' },
      ['Row 2, end: "2012-06-01" is before the start "2012-06-07"'],
    ],
    [
      { title: 'T', Start: '2012', lat: '95', longitude: '10' },
      ['Row 2, lat: 95 is out of range (-90 to 90)'],
    ],
    [
      { title: 'T', Start: '2012', lat: '10', longitude: '-180.5' },
      ['Row 2, longitude: -180.5 is out of range (-180 to 180)'],
    ],
    [
      { title: 'T', Start: '2012', lat: 'north', longitude: '10' },
      ['Row 2, lat: "north" is not a number'],
    ],
    [
      { title: 'T', Start: '2012', lat: '41,3', longitude: '69.2' },
      ['Row 2, lat: "41,3" is not a number (use a dot for decimals: 41.3)'],
    ],
    [
      { title: 'T', Start: '2012', lat: '41.3' },
      ['Row 2, longitude: empty (the latitude is given: give both or neither)'],
    ],
    [
      { title: 'T', Start: '2012', longitude: '69' },
      ['Row 2, lat: empty (the longitude is given: give both or neither)'],
    ],
    [
      { title: 'T', Start: '2012', url: 'javascript:alert(1)' },
      [
        'Row 2, url: "javascript:alert(1)" is not a web address (use one that starts with http:// or https://)',
      ],
    ],
    [
      { title: 'T', Start: '2012', url: 'www.example.org' },
      [
        'Row 2, url: "www.example.org" is not a web address (use one that starts with http:// or https://)',
      ],
    ],
    [
      { title: 'T', Start: '2012', quote: 'ab' },
      ['Row 2, quote: "ab" is too short to be a quote (3 characters or more)'],
    ],
  ])('%o → %o, and the row is left out', (cells, expected) => {
    expect(messages(cells)).toEqual(expected);
    expect(row(cells).record).toBeNull();
  });

  it('names every bad cell of a row, each once', () => {
    expect(
      messages({ title: '', Start: 'soon', lat: '100', longitude: 'x', url: 'ftp://a' }, 7),
    ).toEqual([
      'Row 7, title: empty',
      'Row 7, Start: "soon" is not a date (use YYYY-MM-DD)',
      'Row 7, lat: 100 is out of range (-90 to 90)',
      'Row 7, longitude: "x" is not a number',
      'Row 7, url: "ftp://a" is not a web address (use one that starts with http:// or https://)',
    ]);
  });

  it('does not compare an end with a start that is not a date', () => {
    expect(messages({ title: 'T', Start: 'x', end: '2001' })).toEqual([
      'Row 2, Start: "x" is not a date (use YYYY-MM-DD)',
    ]);
  });

  it('lets an end of coarser precision cover the start', () => {
    expect(row({ title: 'T', Start: '2012-06-07', end: '2012-06' }).problems).toEqual([]);
    expect(row({ title: 'T', Start: '2012-06', end: '2012' }).problems).toEqual([]);
  });

  it('keeps coordinates, a description and an http(s) link', () => {
    expect(
      row({
        title: 'T',
        Start: '2012',
        lat: '-33.9',
        longitude: '+151.2',
        url: 'HTTPS://example.org/a?b=c',
        description: 'Words',
      }).record,
    ).toMatchObject({
      lat: -33.9,
      lon: 151.2,
      url: 'HTTPS://example.org/a?b=c',
      description: 'Words',
    });
  });

  it('shortens a long value in a message', () => {
    const [message] = messages({ title: 'T', Start: 'y'.repeat(10_000) });
    expect(message).toBe(`Row 2, Start: "${'y'.repeat(59)}…" is not a date (use YYYY-MM-DD)`);
  });

  it('says what a JSON value that is not text is', () => {
    const jsonMap = mapColumns(['title', 'start']);
    expect(
      readRow([{ notText: foundMessage({}) }, '2012'], jsonMap, 4, 'item').problems.map(worded),
    ).toEqual([
      { row: 4, column: 'title', message: 'Item 4, title: expected text, found an object' },
    ]);
  });
});

describe('a problem in the page’s language', () => {
  it('words the place, the column and the detail in Russian and Chinese', () => {
    const [problem] = row({ title: 'T', Start: '07/06/2012' }, 3).problems;
    expect(wordProblem(ru, problem!)).toBe('Строка 3, Start: «07/06/2012» — не дата (пишите ГГГГ-ММ-ДД)');
    expect(wordProblem(zh, problem!)).toBe('第 3 行，Start：“07/06/2012”不是日期（请使用 YYYY-MM-DD 格式）');
  });

  it('words a JSON value in Russian, inside the problem', () => {
    const jsonMap = mapColumns(['title', 'start']);
    const [problem] = readRow([{ notText: foundMessage(2012) }, '2012'], jsonMap, 4, 'item').problems;
    expect(wordProblem(ru, problem!)).toBe('Элемент 4, title: ожидался текст, а найдено: число 2012');
  });
});

describe('cellText', () => {
  it('undoes the apostrophe the CSV export puts before a formula character', () => {
    expect(cellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cellText("'-5 degrees")).toBe('-5 degrees');
    expect(cellText("'quoted'")).toBe("'quoted'");
    expect(cellText('  plain  ')).toBe('plain');
  });
});
