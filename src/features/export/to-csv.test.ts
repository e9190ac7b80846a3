import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { contextFor, oneDayMeeting, trickyMeeting } from '../../test/export-fixtures';
import { CSV_COLUMNS, neutraliseFormula, toCsv } from './to-csv';

describe('toCsv', () => {
  const context = contextFor({ city: ['beijing'], q: 'a, "b"' });
  const csv = toCsv(context, [trickyMeeting, oneDayMeeting]);

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });

  it('quotes a title with a comma and doubles its quotes', () => {
    expect(csv).toContain('"Meeting of ""heads"", deputies; and others"');
  });

  it('parses back to the same values, one row per meeting', () => {
    const rows = csvParse(csv.slice(1).replace(/\r\n/g, '\n'));
    expect(rows.columns).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first).toMatchObject({
      id: 'tricky-2012',
      title: 'Meeting of "heads", deputies; and others',
      ministry_or_format: 'Chairmen of supreme courts',
      category: 'Justice and oversight',
      start: '2012-04-23',
      end: '2012-04-25',
      city: 'Beijing',
      country: 'China',
      quote: trickyMeeting.quote,
      link: 'https://example.org/sco/?event=tricky-2012',
      source: expect.stringContaining('Press Release: Meeting of the Council of Heads of Member States') as string,
      dataset_version: realIndex.dataset.version,
      view_link: 'https://example.org/sco/?city=beijing&q=a,%20%22b%22',
    });
    expect(second?.id).toBe('one-day-2012');
    expect(second?.view_link).toBe(first?.view_link);
  });

  it('keeps a line break inside a quoted value', () => {
    const rows = csvParseRows(csv.slice(1));
    // Header + 2 meetings: the quote's line break did not start a new row.
    expect(rows.filter((row) => row.length === CSV_COLUMNS.length)).toHaveLength(3);
  });

  it('writes only the header for an empty view', () => {
    expect(toCsv(context, [])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('links to another dataset when the view is not of the default one', () => {
    const rows = csvParse(toCsv(contextFor({}, 'other-set'), [oneDayMeeting]).slice(1));
    expect(rows[0]?.link).toBe('https://example.org/sco/?event=one-day-2012&dataset=other-set');
    expect(rows[0]?.view_link).toBe('https://example.org/sco/?dataset=other-set');
  });

  it('exports real meetings with their names', () => {
    const dushanbe = realIndex.meetings.filter((m) => m.cityId === 'dushanbe');
    const rows = csvParse(toCsv(contextFor({ city: ['dushanbe'] }), dushanbe).slice(1));
    expect(rows.map((r) => r.city)).toEqual(['Dushanbe', 'Dushanbe', 'Dushanbe']);
    expect(rows.map((r) => r.start)).toEqual(['2011-09-28', '2011-10-26', '2012-06-05']);
  });
});

describe('neutraliseFormula (CSV injection)', () => {
  it('prefixes cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves every other cell as it is', () => {
    for (const cell of ['', 'Beijing', '2012-06-06', 'a=b', ' =1'])
      expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('is applied to every cell of the export', () => {
    const context = contextFor();
    const meeting = { ...realIndex.meetings[0]!, title: '=cmd|calc' };
    const rows = csvParseRows(toCsv(context, [meeting]).slice(1));
    expect(rows[1]?.[1]).toBe("'=cmd|calc");
  });
});
