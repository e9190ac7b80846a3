// @vitest-environment node
// Node's own File, Blob, fetch Response and crypto.subtle, as in a worker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadedTranslate, loadTranslate } from '../../i18n/translate';
import { wordFailure, wordProblem } from './word-problem';
import { validateDataset } from '../../data/validate';
import { MAX_BYTES, OwnDataError, type OwnDataResult } from './own-data-types';
import { readOwnDataPipeline } from './read-pipeline';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const publicFile = (name: string) => new File([readFileSync(resolve(DATA, name))], name);
const textFile = (text: string | Uint8Array<ArrayBuffer>, name: string) => new File([text], name);
const readFiles = (...files: File[]) => readOwnDataPipeline({ kind: 'files', files });

async function failure(promise: Promise<unknown>): Promise<OwnDataError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof OwnDataError)) throw new Error(`expected an OwnDataError, got ${String(error)}`);
  return error;
}

/** The bundled dataset, parsed afresh: tests edit it. */
const bundledJson = () =>
  JSON.parse(readFileSync(resolve(DATA, 'sco-2012-beijing.json'), 'utf8')) as {
    title: string;
    meetings: Record<string, unknown>[];
    formats: Record<string, unknown>[];
  };
const bundled = bundledJson() as unknown as {
  meetings: { id: string; title: string; start: string; end: string; quote: string }[];
};

function expectValid(result: OwnDataResult) {
  expect(validateDataset(result.dataset, { strict: false })).toMatchObject({ ok: true });
}

const en = loadedTranslate('en')!;

describe('the example and the template', () => {
  it('reads the example CSV with the press release: the bundled meetings, every quote found', async () => {
    const result = await readFiles(publicFile('own-chronology-example.csv'), publicFile('sco-2012-beijing-press-release.txt'));
    expectValid(result);
    expect(result.problems).toEqual([]);
    expect(result.preview).toMatchObject({ format: 'csv', delimiter: ',', rows: 15, validRows: 15, quotesChecked: 15,
      sourceName: 'sco-2012-beijing-press-release.txt', encoding: 'utf-8' });
    expect(result.dataset.meetings.map(({ id, title, start, end, quote }) => ({ id, title, start, end, quote }))).toEqual(
      bundled.meetings.map(({ id, title, start, end, quote }) => ({ id, title, start, end, quote })),
    );
    expect(result.dataset.title).toBe('own-chronology-example.csv');
    expect(result.dataset.id).toBe('own-chronology-example');
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.dataset.version).toBe(result.contentHash.slice(0, 8));
    expect(result.bytes).toBe(readFileSync(resolve(DATA, 'own-chronology-example.csv')).length);
  });

  it('reads the template, whose row quotes the press release', async () => {
    const result = await readFiles(publicFile('sco-2012-beijing-press-release.txt'), publicFile('own-chronology-template.csv'));
    expectValid(result);
    expect(result.problems).toEqual([]);
    expect(result.preview.columns.every((c) => c.field !== null)).toBe(true);
    expect(result.dataset.meetings).toHaveLength(1);
  });

  it('gives the same ids and hash for the same file', async () => {
    const [a, b] = await Promise.all([readFiles(publicFile('own-chronology-example.csv')), readFiles(publicFile('own-chronology-example.csv'))]);
    expect(a.dataset).toEqual(b.dataset);
    expect(a.contentHash).toBe(b.contentHash);
  });
});

describe('other tables', () => {
  it('reads a TSV, its delimiter detected, with a byte-order mark and CRLF lines', async () => {
    const tsv = '\uFEFFTitle\tStart\tEnd\tCity\r\nSummit\t2012-06-06\t2012-06-07\tBeijing\r\n\r\nForum\t2013\t\tAstana\r\n';
    const result = await readFiles(textFile(tsv, 'chronology.tsv'));
    expectValid(result);
    expect(result.preview).toMatchObject({ format: 'tsv', delimiter: '\t', rows: 2, validRows: 2 });
    expect(result.dataset.meetings.map((m) => [m.id, m.cityId])).toEqual([['summit-2012-06-06', 'beijing'], ['forum-2013', 'astana']]);
  });

  it('reads semicolons and a Windows-1252 file as Excel writes them', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('title;start;city\nR'), 0xe9, ...new TextEncoder().encode('union;2012;Paris\n')]);
    const result = await readFiles(textFile(bytes, 'excel.csv'));
    expect(result.preview).toMatchObject({ delimiter: ';', encoding: 'windows-1252' });
    expect(result.dataset.meetings[0]?.title).toBe('Réunion');
  });

  it('names the rows Papa Parse cannot split and a row with too many values', async () => {
    const csv = 'title,start\nGood,2012\nShifted,2012,extra\n"Broken"x,2013\n';
    const result = await readFiles(textFile(csv, 'broken.csv'));
    expect(result.problems.map((p) => wordProblem(en, p))).toEqual([
      'Row 3: 3 values, but the header row has 2 columns (a value that holds a comma must be in "double quotes")',
      'Row 4: text follows the closing " mark of a quoted value (a " inside a quoted value must be written "")',
    ]);
    expect(result.dataset.meetings.map((m) => m.title)).toEqual(['Good']);
  });

  it('reads a JSON array of rows with the CSV column names', async () => {
    const rows = [{ title: 'A', start: 2012, lat: 41.3, lon: 69.2, city: 'Tashkent' }, { title: { x: 1 }, start: '2012' }];
    const result = await readFiles(textFile(JSON.stringify(rows), 'rows.json'));
    expect(result.preview).toMatchObject({ format: 'json', rows: 2, validRows: 1 });
    expect(result.problems.map((p) => wordProblem(en, p))).toEqual(['Item 2, title: expected text, found an object']);
    expect(result.dataset.meetings[0]).toMatchObject({ id: 'a-2012', start: '2012', cityId: 'tashkent' });
  });
});

describe('the app’s own dataset JSON', () => {
  it('reads the bundled dataset', async () => {
    const result = await readFiles(publicFile('sco-2012-beijing.json'));
    expectValid(result);
    expect(result.preview).toMatchObject({ format: 'json', rows: 15, validRows: 15, quotesChecked: 15 });
    expect(result.dataset.title).toBe(bundledJson().title);
  });

  it('leaves out the meetings with problems and names each', async () => {
    const json = bundledJson();
    // Meetings no decision links to, so leaving them out breaks nothing else.
    json.meetings[6]!.start = '2012-13-45';
    json.meetings[7]!.end = 2012;
    const result = await readFiles(textFile(JSON.stringify(json), 'edited.json'));
    expect(result.problems.map((p) => wordProblem(en, p))).toEqual([
      'Meeting 7 (id "supreme-courts-2012"), start: must be a calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
      'Meeting 8 (id "audit-2012"), end: expected text (a calendar date), found the number 2012',
    ]);
    expect(result.problems[0]).toMatchObject({ row: 7, column: 'start' });
    expect(result.dataset.meetings).toHaveLength(13);
  });

  it('fails when a meeting left out is one a decision links to, saying both', async () => {
    const json = bundledJson();
    json.meetings[0]!.start = 'soon';
    const error = await failure(readFiles(textFile(JSON.stringify(json), 'edited.json')));
    expect(wordProblem(en, error.problems[0]!)).toBe(
      'Meeting 1 (id "emergency-relief-2011"), start: must be a calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(wordProblem(en, error.problems[1]!)).toMatch(/^decisions\[\d+\]\.meetingLinks\[\d+\]\.meetingId: unknown meeting "emergency-relief-2011"$/);
  });

  it('fails with the problem list when problems lie outside the meetings', async () => {
    const json = bundledJson();
    json.formats[0]!.categoryId = 'leisure';
    const error = await failure(readFiles(textFile(JSON.stringify(json), 'edited.json')));
    expect(error.reason).toBe('invalid');
    expect(error.problems.map((p) => wordProblem(en, p))).toEqual(['formats[0].categoryId: unknown category "leisure"']);
  });

  it('says where JSON syntax breaks', async () => {
    const error = await failure(readFiles(textFile('{"title": "x",', 'broken.json')));
    expect(error.reason).toBe('invalid');
    expect(wordFailure(en, error)).toMatch(/^broken\.json is not valid JSON: /);
  });
});

describe('files that give no dataset', () => {
  it.each([
    ['empty', textFile('', 'empty.csv'), 'empty', 'empty.csv is empty.'],
    ['blank', textFile(' \n\n ', 'blank.csv'), 'empty', 'blank.csv is empty: it holds only blank space.'],
    ['header only', textFile('title,start\n', 'header.csv'), 'empty', 'header.csv has a header row but no rows of data below it.'],
    ['a spreadsheet', textFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'book.xlsx'), 'not-data',
      'book.xlsx is not a CSV, TSV or JSON file: it holds a spreadsheet (.xlsx, .ods) or a zip archive. Save the data as CSV (UTF-8) and open that.'],
    ['binary', textFile(new Uint8Array([1, 0, 2, 3]), 'data.csv'), 'not-data',
      'data.csv is not a CSV, TSV or JSON file: it holds binary data. Save the data as CSV (UTF-8) and open that.'],
    ['a web page', textFile('<!DOCTYPE html>\n<html><body>Not here</body></html>', 'list.csv'), 'not-data',
      'list.csv is a web page, not a CSV, TSV or JSON file: check the address or the file.'],
    ['no title column', textFile('name,date\nA,2012\n', 'x.csv'), 'invalid',
      'The header row (row 1) has no "title" and "start" columns: it has "name", "date". A file needs a "title" and a "start" column.'],
    ['a JSON number', textFile('42', 'n.json'), 'invalid',
      'n.json holds JSON, but not a dataset: expected an object with "meetings", or a list of rows.'],
  ])('%s', async (_, file, reason, message) => {
    const error = await failure(readFiles(file));
    expect(error.reason).toBe(reason);
    expect(wordFailure(en, error)).toBe(message);
  });

  it('lists every problem when no row is valid', async () => {
    const error = await failure(readFiles(textFile('title,start\n,2012\nB,2012-13-45\n', 'bad.csv')));
    expect(error.reason).toBe('no-valid-row');
    expect(wordFailure(en, error)).toBe('No row of bad.csv could be read: all 2 rows have problems, listed below.');
    expect(error.problems.map((p) => wordProblem(en, p))).toEqual([
      'Row 2, title: empty',
      'Row 3, start: "2012-13-45" is not a date (use YYYY-MM-DD)',
    ]);
  });

  it('refuses a file over 100 MB before reading it', async () => {
    const huge = { name: 'huge.csv', size: MAX_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File;
    const error = await failure(readFiles(huge));
    expect(error.reason).toBe('too-large');
    expect(wordFailure(en, error)).toBe('huge.csv is 100.001 MB, over the 100 MB limit.');
    // The size in the page's language, with its decimal comma.
    expect(wordFailure(await loadTranslate('ru'), error)).toBe('huge.csv: 100,001 МБ — это больше допустимых 100 МБ.');
  });

  it('asks for one data file and at most one source', async () => {
    const csv = textFile('title,start\nA,2012\n', 'a.csv');
    expect(wordFailure(en, await failure(readFiles(csv, csv)))).toMatch(/^Two data files were given/);
    expect((await failure(readFiles(csv, textFile('x', 'a.txt'), textFile('y', 'b.txt')))).reason).toBe('invalid');
  });

  it('tells two .txt files apart by their header row', async () => {
    const table = textFile('title\tstart\tquote\nA\t2012\tsome words\n', 'table.txt');
    const result = await readFiles(textFile('Text with some words.\n', 'source.txt'), table);
    expect(result.name).toBe('table.txt');
    expect(result.preview).toMatchObject({ sourceName: 'source.txt', quotesChecked: 1, validRows: 1 });
  });
});

describe('links', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const readUrl = (url: string) => readOwnDataPipeline({ kind: 'url', url });

  it('fetches without credentials and reports progress from the bytes received', async () => {
    const body = 'title,start\nA,2012\n';
    const fetchMock = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(new Response(body, { headers: { 'content-length': String(body.length) } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const progress: unknown[] = [];
    const result = await readOwnDataPipeline({ kind: 'url', url: 'https://example.org/data/my%20list.csv' }, (p) => progress.push(p));
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
    expect(result.name).toBe('my list.csv');
    expect(progress).toContainEqual({ phase: 'download', fraction: 1 });
    expect(progress).toContainEqual({ phase: 'parse', fraction: 1 });
  });

  it('says what the server answered', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('no', { status: 404 })));
    const error = await failure(readUrl('https://example.org/x.csv'));
    expect(error.reason).toBe('http');
    expect(wordFailure(en, error)).toBe('The server answered 404 (not found) for x.csv.');
  });

  it('says when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(readUrl('https://nowhere.example/x.csv'));
    expect(error.reason).toBe('unreachable');
    expect(wordFailure(en, error)).toMatch(/^Could not reach nowhere\.example\./);
  });

  it('refuses a file the server says is over the limit', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('x', { headers: { 'content-length': String(MAX_BYTES * 2) } })),
    );
    const error = await failure(readUrl('https://example.org/big.csv'));
    expect(error.reason).toBe('too-large');
    expect(wordFailure(en, error)).toBe('big.csv is 200 MB, over the 100 MB limit.');
  });
});
