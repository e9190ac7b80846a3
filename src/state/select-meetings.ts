/**
 * What the current view shows: the meetings that pass every filter, and for each facet
 * the count of meetings per option under the *other* active filters. Pure functions of
 * (dataset, view, search hits).
 */
import { firstDay } from '../lib/calendar-date';
import type { DatasetIndex, MeetingRecord } from '../data/dataset-index';
import type { SearchHit } from './search-index';
import { EMPTY_VIEW, type ViewState } from './view-state';

export const FACETS = ['city', 'ministry', 'country', 'category'] as const;
export type Facet = (typeof FACETS)[number];

/** The fields of a view that decide which meetings show: the one list of the filters. */
export const FILTER_FIELDS = [...FACETS, 'from', 'to', 'q'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** The part of a view that decides which meetings show. */
export type MeetingFilters = Pick<ViewState, FilterField>;

/** Every filter cleared: what "Clear all" sets. */
export const NO_FILTERS: MeetingFilters = Object.fromEntries(
  FILTER_FIELDS.map((field) => [field, EMPTY_VIEW[field]]),
) as MeetingFilters;

/** How many filters are in force: each facet value, each date bound, the search. */
export function activeFilterCount(filters: MeetingFilters): number {
  return FILTER_FIELDS.reduce((count, field) => {
    const value = filters[field];
    return count + (Array.isArray(value) ? value.length : value ? 1 : 0);
  }, 0);
}

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

/**
 * The dataset's facets as columns: for every meeting (in the index's order) the code of its
 * value per facet, and its days, in typed arrays. Filtering and counting 100,000 meetings is
 * then a loop over integers, with no strings or closures per meeting. Built once per dataset.
 */
interface Columns {
  codes: Record<Facet, Int32Array>;
  /** Value id → code, per facet. */
  codeOf: Record<Facet, Map<string, number>>;
  /** Code → value id, per facet. */
  values: Record<Facet, string[]>;
  startDay: Int32Array;
  endDay: Int32Array;
}

const columnsCache = new WeakMap<DatasetIndex, Columns>();

function columnsOf(index: DatasetIndex): Columns {
  const cached = columnsCache.get(index);
  if (cached) return cached;
  const n = index.meetings.length;
  const columns = {
    codes: {} as Record<Facet, Int32Array>,
    codeOf: {} as Record<Facet, Map<string, number>>,
    values: {} as Record<Facet, string[]>,
    startDay: new Int32Array(n),
    endDay: new Int32Array(n),
  };
  for (const facet of FACETS) {
    const codes = new Int32Array(n);
    const codeOf = new Map<string, number>();
    const values: string[] = [];
    index.meetings.forEach((meeting, i) => {
      const value = facetValue(meeting, facet);
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.push(value) - 1;
        codeOf.set(value, code);
      }
      codes[i] = code;
    });
    columns.codes[facet] = codes;
    columns.codeOf[facet] = codeOf;
    columns.values[facet] = values;
  }
  index.meetings.forEach((meeting, i) => {
    columns.startDay[i] = meeting.startDay;
    columns.endDay[i] = meeting.endDay;
  });
  columnsCache.set(index, columns);
  return columns;
}

/**
 * Which rules each meeting fails, for one view: the number of failed rules and, where a facet's
 * rule failed, which facet (its position in FACETS; -1 for none). Each rule is one tight loop
 * over the columns. Kept per filters object, so the counts computed in a later render for the
 * same filters reuse the pass the filtering made.
 */
interface Evaluation {
  fails: Uint8Array;
  failedFacet: Int8Array;
  /** No rule is active: every meeting passes. */
  unfiltered: boolean;
}

const evaluations = new WeakMap<
  MeetingFilters,
  { index: DatasetIndex; hits: Map<string, SearchHit> | null; evaluation: Evaluation }
>();

function evaluate(
  index: DatasetIndex,
  view: MeetingFilters,
  hits: Map<string, SearchHit> | null,
): Evaluation {
  const cached = evaluations.get(view);
  if (cached?.index === index && cached.hits === hits) return cached.evaluation;
  const columns = columnsOf(index);
  const n = index.meetings.length;
  const fails = new Uint8Array(n);
  const failedFacet = new Int8Array(n).fill(-1);
  let unfiltered = true;
  FACETS.forEach((facet, f) => {
    const selected = view[facet];
    if (!selected.length) return;
    unfiltered = false;
    // A table of the facet's codes: 1 where the value is selected.
    const allowed = new Uint8Array(columns.values[facet].length);
    for (const id of selected) {
      const code = columns.codeOf[facet].get(id);
      if (code !== undefined) allowed[code] = 1;
    }
    const codes = columns.codes[facet];
    for (let i = 0; i < n; i++) {
      if (allowed[codes[i] ?? 0] === 1) continue;
      fails[i] = (fails[i] ?? 0) + 1;
      failedFacet[i] = f;
    }
  });
  const failWhere = (failed: (i: number) => boolean) => {
    unfiltered = false;
    for (let i = 0; i < n; i++) if (failed(i)) fails[i] = (fails[i] ?? 0) + 1;
  };
  if (view.from) {
    const from = firstDay(view.from);
    failWhere((i) => (columns.endDay[i] ?? 0) < from);
  }
  if (view.to) {
    const to = firstDay(view.to);
    failWhere((i) => (columns.startDay[i] ?? 0) > to);
  }
  if (hits) failWhere((i) => !hits.has(index.meetings[i]?.id ?? ''));
  const evaluation = { fails, failedFacet, unfiltered };
  evaluations.set(view, { index, hits, evaluation });
  return evaluation;
}

/** The meetings the view shows, in chronological order. */
export function filterMeetings(
  index: DatasetIndex,
  view: MeetingFilters,
  hits: Map<string, SearchHit> | null,
): MeetingRecord[] {
  const { fails, unfiltered } = evaluate(index, view, hits);
  if (unfiltered) return index.meetings;
  return index.meetings.filter((_, i) => fails[i] === 0);
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
  // Only the countries that host a meeting.
  country: (index) =>
    index.dataset.reference.countries.filter((c) => columnsOf(index).codeOf.country.has(c.id)),
  category: (index) => index.dataset.categories,
};

/**
 * Options of every facet with their counts; a facet's own selection does not narrow its
 * counts. One pass: a meeting that passes every constraint counts in every facet; one that
 * fails only a facet's own constraint counts in that facet alone.
 */
export function facetCounts(
  index: DatasetIndex,
  view: MeetingFilters,
  hits: Map<string, SearchHit> | null,
): Record<Facet, FacetOption[]> {
  const columns = columnsOf(index);
  const { fails, failedFacet } = evaluate(index, view, hits);
  const counts = FACETS.map((facet) => new Int32Array(columns.values[facet].length));
  const codes = FACETS.map((facet) => columns.codes[facet]);
  for (let i = 0; i < fails.length; i++) {
    const failed = fails[i];
    if (failed === 0) {
      for (let f = 0; f < FACETS.length; f++) {
        const code = codes[f]?.[i] ?? 0;
        const column = counts[f];
        if (column) column[code] = (column[code] ?? 0) + 1;
      }
    } else if (failed === 1) {
      const f = failedFacet[i] ?? -1;
      const column = counts[f];
      if (column) {
        const code = codes[f]?.[i] ?? 0;
        column[code] = (column[code] ?? 0) + 1;
      }
    }
  }
  const options = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    const selected = new Set(view[facet]);
    const codeOf = columns.codeOf[facet];
    options[facet] = FACET_RECORDS[facet](index)
      .map((record) => {
        const code = codeOf.get(record.id);
        return {
          id: record.id,
          name: record.name,
          count: code === undefined ? 0 : (counts[FACETS.indexOf(facet)]?.[code] ?? 0),
          selected: selected.has(record.id),
        };
      })
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
  return options;
}
