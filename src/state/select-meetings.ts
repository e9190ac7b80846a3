/**
 * What the current view shows: the meetings that pass every filter, and for each facet
 * the count of meetings per option under the *other* active filters. Pure functions of
 * (dataset, view, search hits).
 */
import { firstDay } from '../lib/calendar-date';
import type { DatasetIndex, MeetingRecord } from '../data/dataset-index';
import type { SearchHit } from './search-index';
import type { ViewState } from './view-state';

export const FACETS = ['city', 'ministry', 'country', 'category'] as const;
export type Facet = (typeof FACETS)[number];

/** The value a meeting has for a facet. */
export function facetValue(meeting: MeetingRecord, facet: Facet): string {
  switch (facet) {
    case 'city':
      return meeting.cityId;
    case 'ministry':
      return meeting.formatId;
    case 'country':
      return meeting.hostCountryId;
    case 'category':
      return meeting.categoryId;
  }
}

/** The display name of a facet value: `dushanbe` → "Dushanbe". */
export function facetName(index: DatasetIndex, facet: Facet, id: string): string {
  const record =
    facet === 'city'
      ? index.cityById.get(id)
      : facet === 'ministry'
        ? index.formatById.get(id)
        : facet === 'country'
          ? index.countryById.get(id)
          : index.categoryById.get(id);
  return record?.name ?? id;
}

type Predicate = (meeting: MeetingRecord) => boolean;

/** One predicate per active constraint, keyed so a facet's own filter can be left out. */
function predicates(view: ViewState, hits: Map<string, SearchHit> | null): Map<string, Predicate> {
  const result = new Map<string, Predicate>();
  for (const facet of FACETS) {
    const selected = view[facet];
    if (selected.length) {
      const set = new Set(selected);
      result.set(facet, (m) => set.has(facetValue(m, facet)));
    }
  }
  if (view.from) {
    const from = firstDay(view.from);
    result.set('from', (m) => m.endDay >= from);
  }
  if (view.to) {
    const to = firstDay(view.to);
    result.set('to', (m) => m.startDay <= to);
  }
  if (hits) result.set('q', (m) => hits.has(m.id));
  return result;
}

function passes(meeting: MeetingRecord, tests: Map<string, Predicate>, skip?: string): boolean {
  for (const [key, test] of tests) {
    if (key !== skip && !test(meeting)) return false;
  }
  return true;
}

/** The meetings the view shows, in chronological order. */
export function filterMeetings(
  index: DatasetIndex,
  view: ViewState,
  hits: Map<string, SearchHit> | null,
): MeetingRecord[] {
  const tests = predicates(view, hits);
  if (tests.size === 0) return index.meetings;
  return index.meetings.filter((meeting) => passes(meeting, tests));
}

export interface FacetOption {
  id: string;
  name: string;
  /** Meetings with this value under every other active filter. */
  count: number;
  selected: boolean;
}

const FACET_RECORDS: Record<Facet, (index: DatasetIndex) => { id: string; name: string }[]> = {
  city: (index) => index.dataset.reference.cities,
  ministry: (index) => index.dataset.formats,
  country: (index) =>
    index.dataset.reference.countries.filter((c) => index.meetings.some((m) => m.hostCountryId === c.id)),
  category: (index) => index.dataset.categories,
};

/** Options of every facet with their counts; a facet's own selection does not narrow its counts. */
export function facetCounts(
  index: DatasetIndex,
  view: ViewState,
  hits: Map<string, SearchHit> | null,
): Record<Facet, FacetOption[]> {
  const tests = predicates(view, hits);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  for (const meeting of index.meetings) {
    for (const facet of FACETS) {
      if (!passes(meeting, tests, facet)) continue;
      const value = facetValue(meeting, facet);
      counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  const options = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    const selected = new Set(view[facet]);
    options[facet] = FACET_RECORDS[facet](index)
      .map((record) => ({
        id: record.id,
        name: record.name,
        count: counts[facet].get(record.id) ?? 0,
        selected: selected.has(record.id),
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
  return options;
}
