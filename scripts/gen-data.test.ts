import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstDay, lastDay } from '../src/lib/calendar-date';
import { formatProblem } from '../src/data/problem';
import { validateDataset } from '../src/data/validate';
import { dateText, generateDataset } from './bench/synthetic-dataset';
import { asciiJson, manifestEntry, upsertEntry } from './gen-data';

const problemsOf = (json: unknown) => {
  const result = validateDataset(json);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('generateDataset', () => {
  const dataset = generateDataset({ events: 2000, seed: 1 });

  it('is valid per validateDataset, in both quote styles', () => {
    expect(problemsOf(dataset)).toEqual([]);
    expect(problemsOf(generateDataset({ events: 300, seed: 3, quotes: 'shared' }))).toEqual([]);
    expect(problemsOf(generateDataset({ events: 5, seed: 1 }))).toEqual([]);
  });

  it('has the requested number of meetings, with unique slug ids', () => {
    expect(dataset.meetings).toHaveLength(2000);
    expect(new Set(dataset.meetings.map((m) => m.id)).size).toBe(2000);
    expect(generateDataset({ events: 1, seed: 1 }).meetings).toHaveLength(1);
    const first = dataset.meetings[0];
    expect(first?.id).toMatch(new RegExp(`^${first?.formatId}-\\d{4}-\\d{2}-\\d{2}-\\d+$`));
    expect(first?.id).toContain(first?.start);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    expect(JSON.stringify(generateDataset({ events: 2000, seed: 1 }))).toBe(
      JSON.stringify(dataset),
    );
    expect(JSON.stringify(generateDataset({ events: 2000, seed: 2 }))).not.toBe(
      JSON.stringify(dataset),
    );
  });

  it('spans 25 years, 40 cities and 25 bodies in 5 categories, one summit a year', () => {
    expect(dataset.reference.cities).toHaveLength(40);
    expect(new Set(dataset.reference.cities.map((c) => c.countryId)).size).toBe(15);
    expect(dataset.formats).toHaveLength(25);
    expect(new Set(dataset.formats.map((f) => f.categoryId)).size).toBe(5);
    const starts = dataset.meetings.map((m) => firstDay(m.start));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(firstDay('2001-06-15'));
    expect(Math.max(...dataset.meetings.map((m) => lastDay(m.end)))).toBeLessThanOrEqual(
      firstDay('2026-06-14'),
    );
    const summitYears = dataset.meetings.filter((m) => m.summit).map((m) => m.start.slice(0, 4));
    expect(summitYears).toHaveLength(26);
    expect(new Set(summitYears).size).toBe(26);
  });

  it('has multi-day events (about 30%) and overlapping events', () => {
    const multi =
      dataset.meetings.filter((m) => m.start !== m.end).length / dataset.meetings.length;
    expect(multi).toBeGreaterThan(0.2);
    expect(multi).toBeLessThan(0.4);
    const sorted = dataset.meetings.map((m) => [firstDay(m.start), lastDay(m.end)] as const);
    const overlaps = sorted.filter(
      ([start], i) => i > 0 && start <= (sorted[i - 1]?.[1] ?? -Infinity),
    );
    expect(overlaps.length).toBeGreaterThan(0);
  });

  it('keeps every source paragraph within a few kilobytes', () => {
    const longest = (d: { source: { paragraphs: { text: string }[] } }) =>
      Math.max(...d.source.paragraphs.map((p) => p.text.length));
    expect(longest(dataset)).toBeLessThan(8000);
    expect(longest(generateDataset({ events: 2000, seed: 1, quotes: 'shared' }))).toBeLessThan(
      8000,
    );
  });
});

describe('dateText', () => {
  const day = (iso: string) => firstDay(iso);
  it('writes dates as the release does', () => {
    expect(dateText(day('2012-04-24'), day('2012-04-24'))).toBe('April 24, 2012');
    expect(dateText(day('2012-04-23'), day('2012-04-25'))).toBe('April 23-25, 2012');
    expect(dateText(day('2012-06-30'), day('2012-07-02'))).toBe('June 30 - July 2, 2012');
    expect(dateText(day('2012-12-30'), day('2013-01-01'))).toBe(
      'December 30, 2012 - January 1, 2013',
    );
  });
});

describe('upsertEntry', () => {
  const base = {
    defaultDataset: 'real',
    datasets: [{ id: 'real', title: 'Real', file: 'real.json', version: '1', source: 'x' }],
  };
  it('appends a new entry and replaces an existing one in place', () => {
    const once = upsertEntry(base, manifestEntry(10, 1));
    expect(once.datasets.map((e) => e.id)).toEqual(['real', 'synthetic-10']);
    const twice = upsertEntry(once, manifestEntry(10, 2));
    expect(twice.datasets.map((e) => e.version)).toEqual(['1', '1.0.0-seed2']);
    expect(manifestEntry(10, 3, 'shared').version).toBe('1.0.0-seed3-shared');
    expect(twice.datasets[1]).toMatchObject({
      synthetic: true,
      file: 'synthetic-10.json',
      meetings: 10,
    });
  });
});

describe('asciiJson', () => {
  it('writes any data as ASCII that parses back to the same value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.array(fc.string({ unit: 'binary' }))),
        (value) => {
          const json = asciiJson(value);
          expect(/[^ -~]/.test(json)).toBe(false);
          expect(JSON.parse(json)).toEqual(value);
        },
      ),
    );
  });

  it('escapes the dataset’s dashes and quotes', () => {
    expect(asciiJson({ title: 'programme 2022–2024 “x”' })).toBe(
      '{"title":"programme 2022\\u20132024 \\u201cx\\u201d"}',
    );
  });
});
