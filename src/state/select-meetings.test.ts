import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay } from '../lib/calendar-date';
import type { MeetingRecord } from '../data/dataset-index';
import { realIndex } from '../test/fixtures';
import { buildMeetingSearch, type SearchHit } from './search-index';
import {
  activeFilterCount,
  FACETS,
  FILTER_FIELDS,
  NO_FILTERS,
  facetCounts,
  facetName,
  facetValue,
  filterMeetings,
  type Facet,
  type FacetOption,
} from './select-meetings';
import { EMPTY_VIEW, type ViewState } from './view-state';

const view = (patch: Partial<ViewState>): ViewState => ({ ...EMPTY_VIEW, ...patch });
const search = buildMeetingSearch(realIndex);
const idsOf = (meetings: readonly MeetingRecord[]) => meetings.map((m) => m.id);
const select = (patch: Partial<ViewState>, hits: Map<string, SearchHit> | null = null) =>
  idsOf(filterMeetings(realIndex, view(patch), hits));
const hitsFor = (...ids: string[]) => new Map(ids.map((id) => [id, { score: 1, terms: [] }]));

/** All 15 meetings by first day, then last day, then title (worked out by hand from the JSON). */
const CHRONOLOGICAL = [
  'emergency-relief-2011', // 28 Sep 2011, Dushanbe
  'trade-ministers-2011', // 26 Oct 2011, Dushanbe
  'transport-ministers-2011', // 28 Oct 2011, Moscow
  'heads-of-government-2011', // 7 Nov 2011, St. Petersburg
  'anti-drug-2012', // 2 Apr 2012, Beijing
  'security-councils-2012', // 12 Apr 2012, Beijing
  'audit-2012', // 23–24 Apr, Shanghai ("Meeting of heads…")
  'sco-forum-2012', // 23–24 Apr, Almaty ("Meeting of the SCO Forum")
  'supreme-courts-2012', // 23–25 Apr, Beijing
  'defence-ministers-2012', // 24 Apr, Beijing
  'foreign-ministers-2012', // 11 May, Beijing
  'finance-central-banks-2012', // 16–17 May, Beijing
  'culture-ministers-2012', // 4–7 Jun, Beijing
  'attorneys-general-2012', // 5–6 Jun, Dushanbe
  'beijing-summit-2012', // 6–7 Jun, Beijing
];

const counts = (options: FacetOption[]) => options.map((o) => [o.id, o.count] as const);
const nonZero = (options: FacetOption[]) => counts(options).filter(([, c]) => c > 0);

describe('filterMeetings', () => {
  it('with no filter returns all 15 meetings in chronological order', () => {
    expect(select({})).toEqual(CHRONOLOGICAL);
  });

  it('ignores view.q itself: only search hits filter', () => {
    expect(select({ q: 'audit' })).toEqual(CHRONOLOGICAL);
  });

  it('city dushanbe gives exactly its three meetings', () => {
    expect(select({ city: ['dushanbe'] })).toEqual([
      'emergency-relief-2011',
      'trade-ministers-2011',
      'attorneys-general-2012',
    ]);
  });

  it('combines a city and a ministry', () => {
    expect(select({ city: ['beijing'], ministry: ['defence'] })).toEqual(['defence-ministers-2012']);
    expect(select({ city: ['dushanbe'], ministry: ['defence'] })).toEqual([]);
    expect(select({ city: ['dushanbe'], ministry: ['trade', 'transport'] })).toEqual(['trade-ministers-2011']);
  });

  it('multi-select within a facet is OR', () => {
    expect(select({ city: ['moscow', 'st-petersburg'] })).toEqual(['transport-ministers-2011', 'heads-of-government-2011']);
    expect(select({ ministry: ['audit', 'supreme-courts', 'attorneys-general'] })).toEqual([
      'audit-2012',
      'supreme-courts-2012',
      'attorneys-general-2012',
    ]);
  });

  it('across facets is AND', () => {
    expect(select({ city: ['beijing', 'dushanbe'], category: ['justice'] })).toEqual([
      'supreme-courts-2012',
      'attorneys-general-2012',
    ]);
    expect(select({ country: ['china'], category: ['humanitarian'] })).toEqual(['culture-ministers-2012']);
    expect(select({ country: ['russia'], category: ['security'] })).toEqual([]);
  });

  it('filters by host country and category', () => {
    expect(select({ country: ['china'] })).toHaveLength(9);
    expect(select({ country: ['russia'] })).toEqual(['transport-ministers-2011', 'heads-of-government-2011']);
    expect(select({ category: ['security'] })).toEqual([
      'anti-drug-2012',
      'security-councils-2012',
      'defence-ministers-2012',
    ]);
  });

  it('a selection naming no meeting gives nothing', () => {
    expect(select({ city: ['nowhere'] })).toEqual([]);
  });

  it('from includes meetings still running on that day', () => {
    // 7 June 2012: culture ministers (4–7 June) and the summit (6–7 June); attorneys general ended on the 6th.
    expect(select({ from: '2012-06-07' })).toEqual(['culture-ministers-2012', 'beijing-summit-2012']);
    expect(select({ from: '2012-06-06' })).toEqual([
      'culture-ministers-2012',
      'attorneys-general-2012',
      'beijing-summit-2012',
    ]);
    expect(select({ from: '2012-06-08' })).toEqual([]);
  });

  it('to includes meetings that have started by that day', () => {
    expect(select({ to: '2011-10-28' })).toEqual([
      'emergency-relief-2011',
      'trade-ministers-2011',
      'transport-ministers-2011',
    ]);
    expect(select({ to: '2012-06-04' })).toEqual(CHRONOLOGICAL.slice(0, 13));
    expect(select({ to: '2011-09-27' })).toEqual([]);
  });

  it('a one-day range catches every meeting overlapping that day', () => {
    expect(select({ from: '2012-04-24', to: '2012-04-24' })).toEqual([
      'audit-2012',
      'sco-forum-2012',
      'supreme-courts-2012',
      'defence-ministers-2012',
    ]);
    expect(select({ from: '2012-04-25', to: '2012-04-25' })).toEqual(['supreme-courts-2012']);
    expect(select({ from: '2011-09-28', to: '2011-09-28' })).toEqual(['emergency-relief-2011']);
  });

  it('a range between meetings gives nothing', () => {
    expect(select({ from: '2011-11-08', to: '2012-04-01' })).toEqual([]);
  });

  it('combines dates with facets', () => {
    expect(select({ from: '2012-06-01', city: ['beijing'] })).toEqual(['culture-ministers-2012', 'beijing-summit-2012']);
  });

  it('filters by search hits, and an empty hit set shows nothing', () => {
    expect(select({}, search.search('audit'))).toEqual(['audit-2012']);
    expect(select({ city: ['beijing'] }, search.search('audit'))).toEqual([]);
    expect(select({ city: ['beijing'] }, hitsFor('audit-2012', 'anti-drug-2012'))).toEqual(['anti-drug-2012']);
    expect(select({}, new Map())).toEqual([]);
    expect(select({}, search.search('   '))).toEqual(CHRONOLOGICAL);
  });

  it('search results keep chronological order, not score order', () => {
    expect(select({}, search.search('dushanbe'))).toEqual([
      'emergency-relief-2011',
      'trade-ministers-2011',
      'attorneys-general-2012',
    ]);
  });
});

describe('facetValue', () => {
  it('reads each facet from a meeting', () => {
    const audit = realIndex.meetingById.get('audit-2012')!;
    const values: Record<Facet, string> = { city: 'shanghai', ministry: 'audit', country: 'china', category: 'justice' };
    for (const facet of FACETS) expect(facetValue(audit, facet)).toBe(values[facet]);
  });
});

describe('facetName', () => {
  it('names a facet value, falling back to the id', () => {
    expect(facetName(realIndex, 'city', 'st-petersburg')).toBe('St. Petersburg');
    expect(facetName(realIndex, 'ministry', 'defence')).toBe('Defence ministers');
    expect(facetName(realIndex, 'country', 'kazakhstan')).toBe('Kazakhstan');
    expect(facetName(realIndex, 'category', 'justice')).toBe('Justice and oversight');
    expect(facetName(realIndex, 'city', 'atlantis')).toBe('atlantis');
    // A country id is not a city.
    expect(facetName(realIndex, 'city', 'china')).toBe('china');
  });
});

describe('facetCounts', () => {
  const all = facetCounts(realIndex, EMPTY_VIEW, null);

  it('counts every city with no filter, by count then name', () => {
    expect(counts(all.city)).toEqual([
      ['beijing', 8],
      ['dushanbe', 3],
      ['almaty', 1],
      ['moscow', 1],
      ['shanghai', 1],
      ['st-petersburg', 1],
    ]);
    expect(all.city.map((o) => o.name)).toEqual(['Beijing', 'Dushanbe', 'Almaty', 'Moscow', 'Shanghai', 'St. Petersburg']);
    expect(all.city.every((o) => !o.selected)).toBe(true);
  });

  it('lists only host countries', () => {
    expect(counts(all.country)).toEqual([
      ['china', 9],
      ['tajikistan', 3],
      ['russia', 2],
      ['kazakhstan', 1],
    ]);
  });

  it('ties sort by name: five categories of three meetings each', () => {
    expect(all.category.map((o) => o.name)).toEqual([
      'Economy and finance',
      'Governance and foreign affairs',
      'Humanitarian and culture',
      'Justice and oversight',
      'Security',
    ]);
    expect(all.category.every((o) => o.count === 3)).toBe(true);
  });

  it('lists all 15 formats, one meeting each, by name', () => {
    expect(all.ministry.map((o) => o.name)).toEqual([
      'Attorneys general',
      'Chairmen of supreme courts',
      'Council of Heads of Government',
      'Council of Heads of Member States (summit)',
      'Council of Ministers of Foreign Affairs',
      'Culture ministers',
      'Defence ministers',
      'Emergency relief ministries and agencies',
      'External economic and trade ministers',
      'Finance ministers and central bank chairmen',
      'Heads of anti-drug agencies',
      'Heads of supreme audit institutions',
      'SCO Forum',
      'Secretaries of security councils',
      'Transport ministers',
    ]);
    expect(all.ministry.every((o) => o.count === 1)).toBe(true);
  });

  it("a facet's own selection does not narrow its counts; other facets are narrowed", () => {
    const f = facetCounts(realIndex, view({ city: ['dushanbe'] }), null);
    expect(counts(f.city)).toEqual(counts(all.city));
    expect(f.city.find((o) => o.id === 'beijing')!.count).toBe(8);
    expect(f.city.filter((o) => o.selected).map((o) => o.id)).toEqual(['dushanbe']);

    expect(nonZero(f.ministry)).toEqual([
      ['attorneys-general', 1],
      ['emergency-relief', 1],
      ['trade', 1],
    ]);
    expect(f.ministry).toHaveLength(15);
    expect(f.ministry.every((o) => !o.selected)).toBe(true);

    expect(nonZero(f.country)).toEqual([['tajikistan', 3]]);
    expect(f.country.map((o) => o.id)).toEqual(['tajikistan', 'china', 'kazakhstan', 'russia']);

    expect(counts(f.category)).toEqual([
      ['economy', 1],
      ['humanitarian', 1],
      ['justice', 1],
      ['governance', 0],
      ['security', 0],
    ]);
  });

  it('each facet is counted under all the other filters', () => {
    const f = facetCounts(realIndex, view({ city: ['dushanbe', 'beijing'], ministry: ['trade'] }), null);
    // City counts under ministry=trade only.
    expect(nonZero(f.city)).toEqual([['dushanbe', 1]]);
    // Ministry counts under city ∈ {dushanbe, beijing}: 3 + 8 meetings, one per format.
    expect(f.ministry.reduce((sum, o) => sum + o.count, 0)).toBe(11);
    expect(f.ministry.find((o) => o.id === 'audit')!.count).toBe(0);
    expect(f.ministry.find((o) => o.id === 'trade')).toMatchObject({ count: 1, selected: true });
    // Country and category counts under both.
    expect(nonZero(f.country)).toEqual([['tajikistan', 1]]);
    expect(nonZero(f.category)).toEqual([['economy', 1]]);
    expect(f.city.filter((o) => o.selected).map((o) => o.id).sort()).toEqual(['beijing', 'dushanbe']);
  });

  it('counts match the meetings the view would show with that option', () => {
    const base = view({ category: ['justice', 'security'], from: '2012-04-20' });
    const f = facetCounts(realIndex, base, null);
    for (const option of f.city) {
      expect(filterMeetings(realIndex, { ...base, city: [option.id] }, null)).toHaveLength(option.count);
    }
    // Justice or security from 20 April: audit (Shanghai), supreme courts, defence (Beijing), attorneys general (Dushanbe).
    expect(nonZero(f.city)).toEqual([
      ['beijing', 2],
      ['dushanbe', 1],
      ['shanghai', 1],
    ]);
  });

  it('dates and search hits narrow every facet', () => {
    const f = facetCounts(realIndex, view({ from: '2012-06-06' }), null);
    expect(nonZero(f.city)).toEqual([
      ['beijing', 2],
      ['dushanbe', 1],
    ]);
    const h = facetCounts(realIndex, EMPTY_VIEW, search.search('Putin'));
    expect(nonZero(h.city)).toEqual([['beijing', 1]]);
    expect(nonZero(h.ministry)).toEqual([['heads-of-state', 1]]);
    expect(nonZero(h.category)).toEqual([['governance', 1]]);
  });

  it('keeps a selected option with no meetings, still marked selected', () => {
    const f = facetCounts(realIndex, view({ city: ['moscow'], category: ['justice'] }), null);
    expect(f.city.find((o) => o.id === 'moscow')).toMatchObject({ count: 0, selected: true });
    expect(f.category.find((o) => o.id === 'justice')).toMatchObject({ count: 0, selected: true });
    expect(nonZero(f.category)).toEqual([['economy', 1]]);
  });
});

describe('filterMeetings and facetCounts, against a direct reading of the rules', () => {
  const idsOf = (facet: Facet) => [...new Set(realIndex.meetings.map((m) => facetValue(m, facet)))];
  const days = realIndex.meetings.flatMap((m) => [m.start, m.end]);
  const view = fc.record({
    city: fc.subarray([...idsOf('city'), 'nowhere']),
    ministry: fc.subarray(idsOf('ministry')),
    country: fc.subarray(idsOf('country')),
    category: fc.subarray(idsOf('category')),
    from: fc.option(fc.constantFrom(...days), { nil: null }),
    to: fc.option(fc.constantFrom(...days), { nil: null }),
    q: fc.subarray(realIndex.meetings.map((m) => m.id)),
  });

  /** Every rule read off the meeting directly, skipping one facet's own rule where asked. */
  function passesRules(m: MeetingRecord, v: ViewState, hits: ReadonlySet<string> | null, skip?: Facet) {
    const facetsPass = FACETS.every((f) => f === skip || !v[f].length || v[f].includes(facetValue(m, f)));
    const fromPasses = !v.from || m.endDay >= firstDay(v.from);
    const toPasses = !v.to || m.startDay <= firstDay(v.to);
    return facetsPass && fromPasses && toPasses && (!hits || hits.has(m.id));
  }

  it('shows exactly the meetings that pass every rule, and counts each option under the others', () => {
    fc.assert(
      fc.property(view, ({ q, ...rest }) => {
        const v: ViewState = { ...EMPTY_VIEW, ...rest };
        const hits = q.length ? new Map(q.map((id): [string, SearchHit] => [id, { score: 1, terms: [] }])) : null;
        const hitIds = hits ? new Set(hits.keys()) : null;
        expect(filterMeetings(realIndex, v, hits)).toEqual(realIndex.meetings.filter((m) => passesRules(m, v, hitIds)));
        const counts = facetCounts(realIndex, v, hits);
        for (const facet of FACETS) {
          for (const option of counts[facet]) {
            const expected = realIndex.meetings.filter(
              (m) => facetValue(m, facet) === option.id && passesRules(m, v, hitIds, facet),
            ).length;
            expect(option.count).toBe(expected);
          }
        }
      }),
    );
  });
});

describe('the filter fields', () => {
  it('count each facet value, each date bound and the search; nothing else', () => {
    expect(activeFilterCount(EMPTY_VIEW)).toBe(0);
    expect(activeFilterCount(view({ city: ['a', 'b'], ministry: ['m'], from: '2012', q: 'x' }))).toBe(5);
    expect(activeFilterCount(view({ event: 'e', decision: 'd', area: ['x'], group: 'city' }))).toBe(0);
  });

  it('clear to a view that filters nothing, and name every field a filter can set', () => {
    expect(activeFilterCount(view(NO_FILTERS))).toBe(0);
    expect(Object.keys(NO_FILTERS).sort()).toEqual([...FILTER_FIELDS].sort());
    expect(select(NO_FILTERS)).toHaveLength(realIndex.meetings.length);
  });
});
