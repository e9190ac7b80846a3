import { loadedTranslate } from '../../i18n/translate';
import { describe, expect, it } from 'vitest';
import { realIndex } from '../../test/fixtures';
import { hydratesLazily, selectedKeysByParagraph, withHydrated } from './paragraph-hydration';
import { LAZY_SOURCE_MARKS } from '../../data/large-dataset';
import { buildSourceModel } from './source-model';
import type { SourceMark } from './source-marks';

const mark = (key: string, paragraphId: string) => ({ key, paragraphId }) as SourceMark;

describe('hydratesLazily', () => {
  it('is off for the real release, on above the threshold', () => {
    expect(hydratesLazily(buildSourceModel(realIndex, loadedTranslate('en')!).marks.length)).toBe(false);
    expect(hydratesLazily(LAZY_SOURCE_MARKS)).toBe(false);
    expect(hydratesLazily(LAZY_SOURCE_MARKS + 1)).toBe(true);
  });
});

describe('withHydrated', () => {
  it('adds new ids in a new set', () => {
    const current = new Set(['p1']);
    const next = withHydrated(current, ['p2', 'p1', 'p2']);
    expect([...next]).toEqual(['p1', 'p2']);
    expect(current).toEqual(new Set(['p1']));
  });
  it('returns the same set when nothing is new, so state does not change', () => {
    const current = new Set(['p1', 'p2']);
    expect(withHydrated(current, ['p2', 'p1'])).toBe(current);
    expect(withHydrated(current, [])).toBe(current);
  });
});

describe('selectedKeysByParagraph', () => {
  it('groups the keys by paragraph, sorted and unique, so equal selections give equal strings', () => {
    const keys = selectedKeysByParagraph([mark('state:b', 'p1'), mark('event:a', 'p1'), mark('event:c', 'p3'), mark('state:b', 'p1')]);
    expect(keys).toEqual(new Map([['p1', 'event:a state:b'], ['p3', 'event:c']]));
    expect(selectedKeysByParagraph([])).toEqual(new Map());
  });
});

