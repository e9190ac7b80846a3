import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '../../state/view-state';
import { realIndex } from '../../test/fixtures';
import { describeFilters, filterSummary } from './describe-view';
import { loadedTranslate } from '../../i18n/translate';

const en = loadedTranslate('en')!;

describe('describeFilters', () => {
  it('says “No filters” for the whole dataset', () => {
    expect(describeFilters(en, realIndex, EMPTY_VIEW)).toEqual([]);
    expect(filterSummary(en, [])).toBe('No filters');
  });

  it('names every active filter in words, in the order of the URL', () => {
    const lines = describeFilters(en, realIndex, {
      ...EMPTY_VIEW,
      q: 'audit',
      to: '2012-05-31',
      from: '2012-04-01',
      category: ['justice'],
      country: ['china'],
      ministry: ['defence', 'audit'],
      city: ['dushanbe'],
      event: 'audit-2012',
    });
    expect(lines).toEqual([
      { param: 'city', label: 'City', value: 'Dushanbe' },
      { param: 'ministry', label: 'Ministries or formats', value: 'Defence ministers, Heads of supreme audit institutions' },
      { param: 'country', label: 'Host country', value: 'China' },
      { param: 'category', label: 'Category', value: 'Justice and oversight' },
      { param: 'dates', label: 'Dates', value: 'from 1 April 2012 to 31 May 2012' },
      { param: 'q', label: 'Search', value: '“audit”' },
    ]);
    expect(filterSummary(en, lines.slice(0, 1))).toBe('City: Dushanbe');
  });

  it('describes an open-ended date range', () => {
    expect(describeFilters(en, realIndex, { ...EMPTY_VIEW, to: '2012-05-31' })[0]?.value).toBe('until 31 May 2012');
    expect(describeFilters(en, realIndex, { ...EMPTY_VIEW, city: ['beijing', 'dushanbe'] })[0]).toEqual({
      param: 'city',
      label: 'Cities',
      value: 'Beijing, Dushanbe',
    });
  });
});
