import { describe, expect, it } from 'vitest';
import { mapColumns, missingColumnsMessage } from './columns';
import { loadedTranslate } from '../../i18n/translate';
import { word } from '../../i18n/word';
import type { ColumnUse } from './own-data-types';

const en = loadedTranslate('en')!;
/** A column's use with its note as the page words it. */
const worded = ({ note, ...column }: ColumnUse) => ({ ...column, ...(note ? { note: word(en, note) } : {}) });

describe('mapColumns', () => {
  it('reads the required and optional columns, trimmed and in any case', () => {
    const map = mapColumns([
      ' Title ',
      'START',
      'End',
      'id',
      'City',
      'country',
      'Quote',
      'description',
      'URL',
    ]);
    expect(map.missing).toEqual([]);
    expect(map.indexOf).toEqual({
      title: 0,
      start: 1,
      end: 2,
      id: 3,
      city: 4,
      country: 5,
      quote: 6,
      description: 7,
      url: 8,
    });
    expect(map.headerOf.title).toBe('Title');
    expect(map.headerOf.start).toBe('START');
  });

  it.each([
    ['ministry', 'ministry'],
    ['format', 'ministry'],
    ['Body', 'ministry'],
    ['ministry_or_format', 'ministry'],
    ['Ministry or format', 'ministry'],
    ['category', 'category'],
    ['lat', 'latitude'],
    ['Latitude', 'latitude'],
    ['lon', 'longitude'],
    ['lng', 'longitude'],
    ['longitude', 'longitude'],
  ] as const)('reads %s as %s', (header, field) => {
    const map = mapColumns(['title', 'start', header]);
    expect(map.indexOf[field]).toBe(2);
    expect(map.columns[2]).toEqual({ header, field });
  });

  it('reads the app’s own CSV export back, listing the columns it does not use', () => {
    const exported = [
      'id',
      'title',
      'ministry_or_format',
      'category',
      'start',
      'end',
      'city',
      'country',
      'quote',
      'description',
      'url',
      'link',
      'source',
      'dataset_version',
      'view_link',
    ];
    const map = mapColumns(exported);
    expect(map.missing).toEqual([]);
    expect(map.columns.filter((c) => c.field === null).map((c) => c.header)).toEqual([
      'link',
      'source',
      'dataset_version',
      'view_link',
    ]);
    expect(worded(map.columns.at(-1)!)).toEqual({
      header: 'view_link',
      field: null,
      note: 'not a column this app reads',
    });
  });

  it('uses the first of two columns with one meaning and says why the second is not used', () => {
    const map = mapColumns(['title', 'start', 'ministry', 'format']);
    expect(map.indexOf.ministry).toBe(2);
    expect(worded(map.columns[3]!)).toEqual({
      header: 'format',
      field: null,
      note: 'ministry or format is already read from the column "ministry"',
    });
  });

  it('names a column with no header as not used', () => {
    expect(worded(mapColumns(['title', 'start', ' ']).columns[2]!)).toEqual({
      header: '',
      field: null,
      note: 'no name in the header row',
    });
  });

  it('drops a byte-order mark from the first header', () => {
    expect(mapColumns(['\uFEFFtitle', 'start']).missing).toEqual([]);
  });

  it('lists a missing title or start column, and says so in plain words', () => {
    expect(mapColumns(['name', 'date']).missing).toEqual(['title', 'start']);
    expect(mapColumns(['title', 'date']).missing).toEqual(['start']);
    expect(word(en, missingColumnsMessage(['start'], ['title', 'date']))).toBe(
      'The header row (row 1) has no "start" column: it has "title", "date". A file needs a "title" and a "start" column.',
    );
    expect(word(en, missingColumnsMessage(['title', 'start'], ['']))).toContain(
      'no "title" and "start" columns: it is empty',
    );
  });
});
