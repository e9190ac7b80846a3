import { describe, expect, it } from 'vitest';
import type { ViewProps } from '../../state/view-props';
import { EMPTY_VIEW } from '../../state/view-state';
import { realIndex } from '../../test/fixtures';
import { hydratesLazily, LAZY_MARKS, sameSourceProps, selectedKeysByParagraph, withHydrated } from './paragraph-hydration';
import { buildSourceModel } from './source-model';
import type { SourceMark } from './source-marks';

const mark = (key: string, paragraphId: string) => ({ key, paragraphId }) as SourceMark;

describe('hydratesLazily', () => {
  it('is off for the real release, on above the threshold', () => {
    expect(hydratesLazily(buildSourceModel(realIndex).marks.length)).toBe(false);
    expect(hydratesLazily(LAZY_MARKS)).toBe(false);
    expect(hydratesLazily(LAZY_MARKS + 1)).toBe(true);
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

describe('sameSourceProps', () => {
  const base: ViewProps = {
    index: realIndex,
    view: EMPTY_VIEW,
    meetings: realIndex.meetings,
    update: () => undefined,
    showInSource: () => undefined,
    sourceTarget: null,
    datasetId: null,
  };
  it('ignores the filters and the filtered meetings', () => {
    const next = { ...base, view: { ...EMPTY_VIEW, city: ['beijing'], q: 'audit', from: '2012-01-01' }, meetings: [] };
    expect(sameSourceProps(base, next)).toBe(true);
  });
  it('sees the selection, the data, the update function and a source request', () => {
    expect(sameSourceProps(base, { ...base, view: { ...EMPTY_VIEW, event: 'x' } })).toBe(false);
    expect(sameSourceProps(base, { ...base, view: { ...EMPTY_VIEW, decision: 'x' } })).toBe(false);
    expect(sameSourceProps(base, { ...base, view: { ...EMPTY_VIEW, state: 'x' } })).toBe(false);
    expect(sameSourceProps(base, { ...base, update: () => undefined })).toBe(false);
    expect(sameSourceProps(base, { ...base, sourceTarget: { quote: 'q', label: 'l', nonce: 1 } })).toBe(false);
    expect(sameSourceProps(base, { ...base, index: { ...realIndex } })).toBe(false);
  });
});
