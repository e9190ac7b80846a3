import { loadedTranslate } from '../../i18n/translate';
import { describe, expect, it } from 'vitest';
import { realDataset, realIndex } from '../../test/fixtures';
import { locateQuote, locateRecords, marksByParagraph } from './source-marks';
import { sourceRecords, type RecordType } from './source-records';

const paragraphs = realDataset.source.paragraphs;
const records = sourceRecords(realIndex, loadedTranslate('en')!);
const { marks, missing } = locateRecords(paragraphs, records);
const textOf = (id: string) => paragraphs.find((p) => p.id === id)?.text ?? '';

describe('every quoted record is found in the source', () => {
  const expected: [RecordType, number][] = [
    ['meeting', realDataset.meetings.length],
    ['delegation', realDataset.delegations.length],
    ['organisation', realDataset.organisations.length],
    ['chair', 1],
    ['decision', realDataset.decisions.length],
    ['status-change', realDataset.statusChanges.length],
  ];

  it.each(expected)('%s: all %i located', (type, count) => {
    expect(marks.filter((m) => m.type === type)).toHaveLength(count);
  });

  it('leaves nothing missing, and each range spells the quote exactly', () => {
    expect(missing).toEqual([]);
    for (const mark of marks) expect(textOf(mark.paragraphId).slice(mark.start, mark.end)).toBe(mark.quote);
  });

  it('keys are unique', () => {
    expect(new Set(records.map((r) => r.key)).size).toBe(records.length);
  });
});

describe('locateQuote', () => {
  it('finds a meeting in the list of the period', () => {
    const at = locateQuote(paragraphs, 'of defense ministers (April 24, 2012 in Beijing)');
    expect(at?.paragraphId).toBe('p14');
  });

  it('takes the first occurrence (China’s delegation before the chair’s sentence)', () => {
    expect(locateQuote(paragraphs, "Chairman Hu Jintao of the People's Republic of China")?.paragraphId).toBe('p4');
  });

  it('returns null for text the source does not hold', () => {
    expect(locateQuote(paragraphs, 'not in the release')).toBeNull();
    expect(locateQuote(paragraphs, '')).toBeNull();
  });
});

describe('records', () => {
  it('name their kind in the label and say what selecting them sets', () => {
    const defence = records.find((r) => r.key === 'meeting:defence-ministers-2012');
    expect(defence?.label).toBe('Meeting: Meeting of defence ministers');
    expect(defence?.select).toEqual({ param: 'event', id: 'defence-ministers-2012' });
    const cis = records.find((r) => r.key === 'organisation:cis');
    expect(cis?.select).toBeNull();
    expect(cis?.detail).toContain('S. Lebedev (Sergei Lebedev)');
    expect(records.find((r) => r.key === 'status-change:turkey')?.label).toBe(
      'Status change: Turkey becomes dialogue partner',
    );
    expect(records.find((r) => r.type === 'chair')?.select).toEqual({ param: 'state', id: 'china' });
  });
});

describe('marksByParagraph', () => {
  it('puts the decision before the status changes nested in it', () => {
    const p33 = marksByParagraph(marks).get('p33') ?? [];
    expect(p33.map((m) => m.key)).toEqual([
      'decision:new-observer-and-dialogue-partner',
      'status-change:afghanistan',
      'status-change:turkey',
    ]);
  });
});
