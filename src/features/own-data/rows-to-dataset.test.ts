import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../data/validate';
import { loadedTranslate } from '../../i18n/translate';
import { mapColumns } from './columns';
import type { RowProblem } from './own-data-types';
import { wordProblem } from './word-problem';
import { rowsToDataset, type RowsToDatasetInput } from './rows-to-dataset';
import { paragraphsOf } from './source-text';

const en = loadedTranslate('en')!;
/** Problems as the page shows them, in English. */
const worded = (problems: RowProblem[]) =>
  problems.map((p) => ({ row: p.row, column: p.column, message: wordProblem(en, p) }));

const META = { id: 'test', title: 'test.csv', version: 'abcd1234' };

/** A table under `header`, its rows numbered from 2 as a spreadsheet does. */
function read(header: string[], rows: string[][], source: RowsToDatasetInput['source'] = null) {
  return rowsToDataset({
    map: mapColumns(header),
    rows: rows.map((cells, i) => ({ row: i + 2, cells })),
    source,
    meta: META,
  });
}

describe('ids', () => {
  it('makes a stable slug of title and start, with -2, -3 for repeats in file order', () => {
    const rows = [
      ['Meeting of defence ministers', '2012-06-07'],
      ['Meeting of defence ministers', '2012-06-07'],
      ['Meeting of defence ministers', '2012-06-07'],
      ['Встреча министров', '2013'],
      ['会议', '2014-05'],
    ];
    const ids = read(['title', 'start'], rows).dataset.meetings.map((m) => m.id);
    expect(ids).toEqual([
      'meeting-of-defence-ministers-2012-06-07',
      'meeting-of-defence-ministers-2012-06-07-2',
      'meeting-of-defence-ministers-2012-06-07-3',
      'vstrecha-ministrov-2013',
      'meeting-2014-05',
    ]);
    expect(read(['title', 'start'], rows).dataset).toEqual(read(['title', 'start'], rows).dataset);
  });

  it('keeps the ids a file gives, as slugs, and never makes one that the file gives', () => {
    const rows = [
      ['A', '2012', ''],
      ['B', '2012', 'Defence 2012'],
      ['C', '2012', 'a-2012'],
    ];
    expect(read(['title', 'start', 'id'], rows).dataset.meetings.map((m) => m.id)).toEqual([
      'a-2012-2',
      'defence-2012',
      'a-2012',
    ]);
  });

  it('keeps a bad row’s id taken, so mending it changes no other id', () => {
    const bad = read(
      ['title', 'start'],
      [
        ['A', '2012-13'],
        ['A', '2012-13'],
      ],
    );
    expect(bad.dataset.meetings).toEqual([]);
    const rows = [
      ['A', '2012'],
      ['B', 'x'],
      ['B', 'x'],
      ['B', '2013'],
    ];
    expect(read(['title', 'start'], rows).dataset.meetings.map((m) => m.id)).toEqual([
      'a-2012',
      'b-2013',
    ]);
    const mended = [
      ['A', '2012'],
      ['B', '2013'],
      ['B', 'x'],
      ['B', '2013'],
    ];
    expect(read(['title', 'start'], mended).dataset.meetings.map((m) => m.id)).toEqual([
      'a-2012',
      'b-2013',
      'b-2013-2',
    ]);
  });

  it('names a repeated id by both rows, and leaves the second out', () => {
    const rows = [
      ['A', '2012', 'x'],
      ['B', '2012', 'y'],
      ['C', '2012', 'X'],
    ];
    const { problems, dataset } = read(['title', 'start', 'ID'], rows);
    expect(worded(problems)).toEqual([
      { row: 4, column: 'ID', message: 'Row 4, ID: "X" is used by row 2 too' },
    ]);
    expect(dataset.meetings.map((m) => m.title)).toEqual(['A', 'B']);
  });

  it('says when a given id has no letter or digit to make a slug of', () => {
    expect(worded(read(['title', 'start', 'id'], [['A', '2012', '会议']]).problems)[0]?.message).toBe(
      'Row 2, id: "会议" cannot be used as an id (use letters a-z, digits and hyphens)',
    );
  });
});

describe('places and names', () => {
  const header = ['title', 'start', 'city', 'country', 'latitude', 'longitude'];

  it('places a city the reference knows and fills in its country', () => {
    const { dataset } = read(header, [['A', '2012', 'Dushanbe', '', '', '']]);
    expect(dataset.reference.cities).toEqual([
      { id: 'dushanbe', name: 'Dushanbe', countryId: 'tajikistan', lat: 38.5598, lon: 68.787 },
    ]);
    expect(dataset.reference.countries).toEqual([
      { id: 'tajikistan', name: 'Tajikistan', iso2: 'TJ', iso3: 'TJK', isoNumeric: '762' },
    ]);
    expect(dataset.meetings[0]).toMatchObject({ cityId: 'dushanbe', hostCountryId: 'tajikistan' });
  });

  it('matches countries by name, other names and ISO codes', () => {
    const rows = ['Russia', 'RU', 'rus', 'Russian Federation', ' russia '].map((country, i) => [
      `M${i}`,
      '2012',
      '',
      country,
      '',
      '',
    ]);
    const { dataset } = read(header, rows);
    expect(dataset.reference.countries.map((c) => c.id)).toEqual(['russia']);
    expect(new Set(dataset.meetings.map((m) => m.hostCountryId))).toEqual(new Set(['russia']));
  });

  it('keeps a country the reference does not know, by its name, with no codes', () => {
    const { dataset } = read(header, [['A', '2012', '', 'Ruritania', '', '']]);
    expect(dataset.reference.countries).toEqual([{ id: 'ruritania', name: 'Ruritania' }]);
  });

  it('tells apart a city name in two countries, and places each from its own row or the reference', () => {
    const rows = [
      ['A', '2012', 'Moscow', 'Russia', '', ''],
      ['B', '2012', 'Moscow', 'United States', '46.73', '-117.0'],
      ['C', '2012', 'Moscow', 'USA', '', ''],
    ];
    const { dataset } = read(header, rows);
    expect(dataset.reference.cities).toEqual([
      { id: 'moscow', name: 'Moscow', countryId: 'russia', lat: 55.7558, lon: 37.6173 },
      {
        id: 'moscow-united-states',
        name: 'Moscow',
        countryId: 'united-states',
        lat: 46.73,
        lon: -117,
      },
    ]);
    expect(dataset.meetings.map((m) => m.cityId)).toEqual([
      'moscow',
      'moscow-united-states',
      'moscow-united-states',
    ]);
  });

  it('prefers the row’s coordinates to the reference', () => {
    const { dataset } = read(header, [['A', '2012', 'Beijing', 'China', '40', '116']]);
    expect(dataset.reference.cities[0]).toMatchObject({ id: 'beijing', lat: 40, lon: 116 });
  });

  it('leaves a city nobody places without coordinates (listed, not drawn)', () => {
    const { dataset } = read(header, [['A', '2012', 'Springfield', 'United States', '', '']]);
    expect(dataset.reference.cities).toEqual([
      { id: 'springfield', name: 'Springfield', countryId: 'united-states' },
    ]);
  });

  it('names a place given only by coordinates by them', () => {
    const { dataset } = read(header, [['A', '2012', '', '', '41.3', '69.24']]);
    expect(dataset.reference.cities).toEqual([
      { id: '41-3-69-24', name: '41.3, 69.24', countryId: 'no-country', lat: 41.3, lon: 69.24 },
    ]);
  });

  it('puts rows without city, country, ministry or category under plainly named placeholders', () => {
    const { dataset } = read(['title', 'start', 'ministry', 'category'], [['A', '2012', '', '']]);
    expect(dataset.reference.cities).toEqual([
      { id: 'no-city', name: 'No city given', countryId: 'no-country' },
    ]);
    expect(dataset.reference.countries).toEqual([{ id: 'no-country', name: 'No country given' }]);
    expect(dataset.formats).toEqual([
      { id: 'no-ministry', name: 'No ministry or format given', categoryId: 'no-category' },
    ]);
    expect(dataset.categories).toEqual([{ id: 'no-category', name: 'No category given' }]);
  });

  it('gives each meeting its own category, and each ministry one record', () => {
    const rows = [
      ['A', '2012', 'Defence ministers', 'Security'],
      ['B', '2012', 'defence  ministers', ''],
      ['C', '2012', 'Culture', 'Humanitarian'],
    ];
    const { dataset } = read(['title', 'start', 'format', 'category'], rows);
    expect(dataset.formats).toEqual([
      { id: 'defence-ministers', name: 'Defence ministers', categoryId: 'security' },
      { id: 'culture', name: 'Culture', categoryId: 'humanitarian' },
    ]);
    expect(dataset.meetings.map((m) => [m.formatId, m.categoryId])).toEqual([
      ['defence-ministers', 'security'],
      ['defence-ministers', 'no-category'],
      ['culture', 'humanitarian'],
    ]);
  });
});

describe('quotes and the source text', () => {
  const source = {
    name: 'release.txt',
    paragraphs: paragraphsOf('First paragraph, with a\nwrapped   line.\n\nSecond one.'),
  };

  it('checks each quote against the source, white space collapsed, and names those not found', () => {
    const rows = [
      ['A', '2012', 'with a wrapped line'],
      ['B', '2012', 'Second one'],
      ['C', '2012', 'Third one'],
    ];
    const result = read(['title', 'start', 'quote'], rows, source);
    expect(result.quotesChecked).toBe(3);
    expect(worded(result.problems)).toEqual([
      {
        row: 4,
        column: 'quote',
        message: 'Row 4, quote: not found in the source text "release.txt": "Third one"',
      },
    ]);
    expect(result.dataset.source).toEqual({ title: 'release.txt', paragraphs: source.paragraphs });
    expect(result.dataset.meetings.map((m) => m.quote)).toEqual([
      'with a wrapped line',
      'Second one',
    ]);
  });

  it('keeps quotes unchecked when no source is given', () => {
    const result = read(['title', 'start', 'quote'], [['A', '2012', 'anything at all']]);
    expect(result.quotesChecked).toBe(0);
    expect(result.dataset.source).toBeUndefined();
    expect(result.dataset.meetings[0]?.quote).toBe('anything at all');
  });
});

describe('whole tables', () => {
  const FIELDS = [
    'id',
    'title',
    'start',
    'end',
    'city',
    'country',
    'ministry',
    'format',
    'category',
    'lat',
    'lon',
    'quote',
    'description',
    'url',
    'notes',
    '',
  ];
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '',
      '2012',
      '2012-06',
      '2012-06-07',
      '1999-12-31',
      '2012-13-45',
      '45',
      '-200',
      'Moscow',
      'RU',
      'https://e.org',
      'Beijing',
      'no-city',
      '=1+1',
      "'-x",
    ),
  );

  it('never throws on a random table, and what it builds is a valid dataset', () => {
    fc.assert(
      fc.property(
        fc
          .shuffledSubarray(FIELDS, { minLength: 1 })
          .chain((header) =>
            fc.tuple(
              fc.constant(header),
              fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
                maxLength: 12,
              }),
            ),
          ),
        ([header, rows]) => {
          const result = read(header, rows);
          expect(validateDataset(result.dataset, { strict: false }).ok).toBe(true);
          expect(result.validRows + new Set(result.problems.map((p) => p.row)).size).toBe(
            rows.length,
          );
        },
      ),
    );
  });

  /** A cell's value and whether it is bad, given the row's other cells. */
  type Spec = {
    title: [string, boolean];
    start: [string, boolean];
    end: [string, 'ok' | 'invalid' | 'before'];
    lat: string;
    lon: string;
    url: [string, boolean];
    quote: [string, boolean];
    id: 'given' | 'none' | 'repeat' | 'unusable';
  };
  const spec = fc.record<Spec>({
    title: fc.constantFrom(['Title', false], ['', true], ['  ', true]),
    start: fc.constantFrom(
      ['2012-06-07', false],
      ['2012', false],
      ['2012-06', false],
      ['2012-13-45', true],
      ['soon', true],
      ['', true],
    ),
    end: fc.constantFrom(['', 'ok'], ['9999', 'ok'], ['later', 'invalid'], ['0001', 'before']),
    lat: fc.constantFrom('', '41.3', '-90', 'abc', '95'),
    lon: fc.constantFrom('', '69.2', '180', 'x', '-181'),
    url: fc.constantFrom(
      ['', false],
      ['https://example.org/a', false],
      ['ftp://example.org', true],
      ['example.org', true],
    ),
    quote: fc.constantFrom(['', false], ['long enough', false], ['ab', true]),
    id: fc.constantFrom('given', 'none', 'repeat', 'unusable'),
  });

  it('names every bad cell exactly once, and no good one', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 15 }), (specs) => {
        const header = ['id', 'title', 'start', 'end', 'latitude', 'longitude', 'url', 'quote'];
        const expected: string[] = [];
        const rows = specs.map((s, i) => {
          const row = i + 2;
          const bad = (column: string, isBad: boolean) =>
            isBad && expected.push(`${row}|${column}`);
          // The first row's id is always given, so a repeat has something to repeat.
          const id = i === 0 ? 'given' : s.id;
          bad('id', id === 'repeat' || id === 'unusable');
          bad('title', s.title[1]);
          bad('start', s.start[1]);
          bad('end', s.end[1] === 'invalid' || (s.end[1] === 'before' && !s.start[1]));
          const badNumber = (v: string) => ['abc', '95', 'x', '-181'].includes(v);
          bad('latitude', badNumber(s.lat) || (s.lat === '' && s.lon !== ''));
          bad('longitude', badNumber(s.lon) || (s.lon === '' && s.lat !== ''));
          bad('url', s.url[1]);
          bad('quote', s.quote[1]);
          const idCell = { given: `id-${i}`, none: '', repeat: 'id-0', unusable: '???' }[id];
          return [idCell, s.title[0], s.start[0], s.end[0], s.lat, s.lon, s.url[0], s.quote[0]];
        });
        const named = read(header, rows).problems.map((p) => `${p.row}|${p.column}`);
        expect(named.sort()).toEqual(expected.sort());
      }),
    );
  });
});
