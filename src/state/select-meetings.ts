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

/** One active constraint of the view, tested by a meeting's position in the index. */
interface Constraint {
  /** The facet it filters, or null (dates, search): a facet's own constraint is left out of its counts. */
  facet: Facet | null;
  passes: (i: number) => boolean;
}

function constraintsOf(index: DatasetIndex, view: ViewState, hits: Map<string, SearchHit> | null): Constraint[] {
  const columns = columnsOf(index);
  const constraints: Constraint[] = [];
  for (const facet of FACETS) {
    const selected = view[facet];
    if (!selected.length) continue;
    // A table of the facet's codes: 1 where the value is selected.
    const allowed = new Uint8Array(columns.values[facet].length);
    for (const id of selected) {
      const code = columns.codeOf[facet].get(id);
      if (code !== undefined) allowed[code] = 1;
    }
    const codes = columns.codes[facet];
    constraints.push({ facet, passes: (i) => allowed[codes[i] ?? 0] === 1 });
  }
  if (view.from) {
    const from = firstDay(view.from);
    constraints.push({ facet: null, passes: (i) => (columns.endDay[i] ?? 0) >= from });
  }
  if (view.to) {
    const to = firstDay(view.to);
    constraints.push({ facet: null, passes: (i) => (columns.startDay[i] ?? 0) <= to });
  }
  if (hits) {
    const { meetings } = index;
    constraints.push({ facet: null, passes: (i) => hits.has(meetings[i]?.id ?? '') });
  }
  return constraints;
}

/** The meetings the view shows, in chronological order. */
export function filterMeetings(
  index: DatasetIndex,
  view: ViewState,
  hits: Map<string, SearchHit> | null,
): MeetingRecord[] {
  const constraints = constraintsOf(index, view, hits);
  if (constraints.length === 0) return index.meetings;
  const result: MeetingRecord[] = [];
  const { meetings } = index;
  outer: for (let i = 0; i < meetings.length; i++) {
    for (const constraint of constraints) if (!constraint.passes(i)) continue outer;
    const meeting = meetings[i];
    if (meeting) result.push(meeting);
  }
  return result;
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
  country: (index) => index.dataset.reference.countries.filter((c) => columnsOf(index).codeOf.country.has(c.id)),
  category: (index) => index.dataset.categories,
};

/**
 * Options of every facet with their counts; a facet's own selection does not narrow its
 * counts. One pass: a meeting that passes every constraint counts in every facet; one that
 * fails only a facet's own constraint counts in that facet alone.
 */
export function facetCounts(
  index: DatasetIndex,
  view: ViewState,
  hits: Map<string, SearchHit> | null,
): Record<Facet, FacetOption[]> {
  const columns = columnsOf(index);
  const constraints = constraintsOf(index, view, hits);
  const counts = Object.fromEntries(
    FACETS.map((facet) => [facet, new Int32Array(columns.values[facet].length)]),
  ) as Record<Facet, Int32Array>;
  const count = (facet: Facet, i: number) => {
    const code = columns.codes[facet][i] ?? 0;
    counts[facet][code] = (counts[facet][code] ?? 0) + 1;
  };
  for (let i = 0; i < index.meetings.length; i++) {
    let failed: Constraint | null = null;
    let failures = 0;
    for (const constraint of constraints) {
      if (constraint.passes(i)) continue;
      failed = constraint;
      if (++failures > 1) break;
    }
    if (failures === 0) for (const facet of FACETS) count(facet, i);
    else if (failures === 1 && failed?.facet) count(failed.facet, i);
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
          count: code === undefined ? 0 : (counts[facet][code] ?? 0),
          selected: selected.has(record.id),
        };
      })
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
  return options;
}
