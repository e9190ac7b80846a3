import { loadedTranslate } from '../../i18n/translate';
import { describe, expect, it } from 'vitest';
import { realDataset, realIndex } from '../../test/fixtures';
import { sentenceCoverage, splitSentences, summariseCoverage } from './coverage';
import { leadingHeadings } from './source-headings';
import { locateRecords } from './source-marks';
import { sourceRecords } from './source-records';

/** The value, or a failed test when it is missing. */
function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('does not split after initials and titles', () => {
    expect(sentences('President N. Nazarbayev of Kazakhstan spoke. Then Ts. Elbegdorzh did.')).toEqual([
      'President N. Nazarbayev of Kazakhstan spoke.',
      'Then Ts. Elbegdorzh did.',
    ]);
    expect(sentences('The CHG met (November 7, 2011 in St. Petersburg), then others.')).toHaveLength(1);
    expect(sentences('They appointed Mr. D. Mezentsev (Russian Federation) as Secretary-General. It ends.')).toEqual([
      'They appointed Mr. D. Mezentsev (Russian Federation) as Secretary-General.',
      'It ends.',
    ]);
  });

  it('splits after an acronym, a closing quote or bracket, and before a number', () => {
    expect(sentences('Under the UN. Next one.')).toHaveLength(2);
    expect(sentences('He said “yes.” Then left.')).toEqual(['He said “yes.”', 'Then left.']);
    expect(sentences('It ended (finally.) In 2013 more.')).toHaveLength(2);
    expect(sentences('Year 2012. 2013 follows.')).toHaveLength(2);
  });

  it('does not split before a lower-case word, and trims the ends', () => {
    expect(sentences('  e.g. the rest. and more  ')).toEqual(['e.g. the rest. and more']);
    expect(sentences('PRESS RELEASE')).toEqual(['PRESS RELEASE']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('keeps the real p14 list of meetings (with “St. Petersburg”) as one sentence', () => {
    const p14 = defined(realDataset.source.paragraphs.find((p) => p.id === 'p14')).text;
    expect(splitSentences(p14)).toHaveLength(1);
  });
});

describe('sentence coverage of the real release', () => {
  const { paragraphs } = realDataset.source;
  const { marks } = locateRecords(paragraphs, sourceRecords(realIndex, loadedTranslate('en')!));
  const coverage = sentenceCoverage(paragraphs, marks, leadingHeadings(paragraphs, realDataset.source));
  const summary = summariseCoverage(coverage);

  it('counts the sentences and the ones that feed a record', () => {
    expect(summary.total).toBe(45);
    expect(summary.fed).toBe(42);
  });

  it('only the three heading lines feed nothing', () => {
    expect(summary.unfed.map((s) => [s.paragraphId, s.heading])).toEqual([
      ['p1', 'kind'],
      ['p2', 'title'],
      ['p3', 'dateline'],
    ]);
  });

  it('finds every record a sentence feeds', () => {
    const list = defined(coverage.find((s) => s.paragraphId === 'p14'));
    expect(list.recordKeys).toHaveLength(14);
    const [first, second] = coverage.filter((s) => s.paragraphId === 'p4');
    expect(defined(first).recordKeys).toEqual(['meeting:beijing-summit-2012']);
    expect(defined(second).recordKeys).toHaveLength(6);
    const p33 = defined(coverage.find((s) => s.paragraphId === 'p33'));
    expect(p33.recordKeys).toEqual([
      'decision:new-observer-and-dialogue-partner',
      'status-change:afghanistan',
      'status-change:turkey',
    ]);
    expect(defined(coverage.find((s) => s.paragraphId === 'p34')).recordKeys).toHaveLength(2);
  });

  it('a two-sentence quote feeds both sentences', () => {
    const p16 = coverage.filter((s) => s.paragraphId === 'p16');
    expect(p16.map((s) => s.recordKeys)).toEqual([['decision:security-threats'], ['decision:security-threats']]);
  });
});
