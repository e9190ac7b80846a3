import { describe, expect, it } from 'vitest';
import { isWordless, runsBy, segmentText, within } from './segments';

const text = 'Alpha beta gamma delta.';
const outer = { id: 'outer', start: 0, end: 23 };
const inner = { id: 'inner', start: 6, end: 10 };

describe('segmentText', () => {
  it('splits nested marks into pieces that carry every covering mark, outermost first', () => {
    const segments = segmentText(text, [inner, outer]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ['Alpha ', ['outer']],
      ['beta', ['outer', 'inner']],
      [' gamma delta.', ['outer']],
    ]);
  });

  it('keeps identical ranges together in one piece', () => {
    const twin = { id: 'twin', start: 0, end: 23 };
    expect(segmentText(text, [outer, twin])).toHaveLength(1);
  });

  it('leaves unmarked text as pieces without marks, and cuts where asked', () => {
    const segments = segmentText(text, [inner], [17]);
    expect(segments.map((s) => [s.text, s.marks.length])).toEqual([
      ['Alpha ', 0],
      ['beta', 1],
      [' gamma ', 0],
      ['delta.', 0],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('handles an empty text and ignores cuts outside the text', () => {
    expect(segmentText('', [], [5])).toEqual([]);
    expect(segmentText('ab', [], [-1, 0, 2, 9])).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('within tests containment', () => {
    expect(within({ start: 6, end: 10 }, { start: 0, end: 10 })).toBe(true);
    expect(within({ start: 6, end: 11 }, { start: 0, end: 10 })).toBe(false);
    expect(within({ start: 6, end: 10 }, null)).toBe(false);
  });

  it('isWordless tells punctuation and spaces from text with a letter or digit', () => {
    expect([', ', '.', ' – ', '', '“”'].map((text) => isWordless({ text }))).toEqual([true, true, true, true, true]);
    expect(['a', ', and', '2012', 'Ташкент', '上海'].map((text) => isWordless({ text }))).toEqual([false, false, false, false, false]);
  });

  it('runsBy groups consecutive items', () => {
    expect(runsBy([1, 1, 2, 1], (n) => n)).toEqual([[1, 1], [2], [1]]);
  });
});
