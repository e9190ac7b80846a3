/**
 * The filters in force, in words, for the printed report and the JSON export:
 * "City: Dushanbe", "Dates: from 1 April 2012 to 31 May 2012", "Search: “audit”".
 */
import type { DatasetIndex } from '../../data/dataset-index';
import { formatCalendarDate } from '../../lib/format-date';
import { FACETS, facetName, type Facet } from '../../state/select-meetings';
import type { ViewState } from '../../state/view-state';

export interface FilterLine {
  /** The URL parameter the filter comes from (`city`, `from`, `q` …). */
  param: Facet | 'dates' | 'q';
  label: string;
  value: string;
}

const LABELS: Record<Facet, [singular: string, plural: string]> = {
  city: ['City', 'Cities'],
  ministry: ['Ministry or format', 'Ministries or formats'],
  country: ['Host country', 'Host countries'],
  category: ['Category', 'Categories'],
};

/** One line per active filter, in the order of the URL contract; empty when nothing filters. */
export function describeFilters(index: DatasetIndex, view: ViewState): FilterLine[] {
  const lines: FilterLine[] = [];
  for (const facet of FACETS) {
    const ids = view[facet];
    if (ids.length === 0) continue;
    const [singular, plural] = LABELS[facet];
    lines.push({
      param: facet,
      label: ids.length === 1 ? singular : plural,
      value: ids.map((id) => facetName(index, facet, id)).join(', '),
    });
  }
  if (view.from || view.to) {
    const parts = [
      view.from ? `from ${formatCalendarDate(view.from)}` : '',
      view.to ? `${view.from ? 'to' : 'until'} ${formatCalendarDate(view.to)}` : '',
    ];
    lines.push({ param: 'dates', label: 'Dates', value: parts.filter(Boolean).join(' ') });
  }
  if (view.q) lines.push({ param: 'q', label: 'Search', value: `“${view.q}”` });
  return lines;
}

/** The filters as one sentence: "City: Dushanbe; Search: “audit”", or "No filters". */
export function filterSummary(lines: readonly FilterLine[]): string {
  return lines.length ? lines.map((line) => `${line.label}: ${line.value}`).join('; ') : 'No filters';
}
