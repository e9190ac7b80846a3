/**
 * The filters in force, in words, for the printed report and the JSON export:
 * "City: Dushanbe", "Dates: from 1 April 2012 to 31 May 2012", "Search: “audit”".
 */
import type { DatasetIndex } from '../../data/dataset-index';
import { formatCalendarDate } from '../../lib/format-date';
import { FACETS, facetName, type Facet } from '../../state/select-meetings';
import type { ViewState } from '../../state/view-state';
import type { Translate } from '../../i18n/translate';
import { facetHeading } from '../../state/facet-label';

export interface FilterLine {
  /** The URL parameter the filter comes from (`city`, `from`, `q` …). */
  param: Facet | 'dates' | 'q';
  label: string;
  value: string;
}

/** One line per active filter, in the order of the URL contract; empty when nothing filters. */
export function describeFilters(t: Translate, index: DatasetIndex, view: ViewState): FilterLine[] {
  const lines: FilterLine[] = [];
  for (const facet of FACETS) {
    const ids = view[facet];
    if (ids.length === 0) continue;
    lines.push({
      param: facet,
      label: facetHeading(t, facet, ids.length),
      value: ids.map((id) => facetName(index, facet, id)).join(', '),
    });
  }
  if (view.from || view.to) {
    const from = view.from ? formatCalendarDate(view.from, t.lang) : '';
    const to = view.to ? formatCalendarDate(view.to, t.lang) : '';
    const value = from && to ? t('describe.fromTo', { from, to }) : from ? t('describe.from', { from }) : t('describe.until', { to });
    lines.push({ param: 'dates', label: t('detail.dates'), value });
  }
  if (view.q) lines.push({ param: 'q', label: t('describe.search'), value: t('describe.quoted', { q: view.q }) });
  return lines;
}

/** The filters as one sentence: "City: Dushanbe; Search: “audit”", or "No filters". */
export function filterSummary(t: Translate, lines: readonly FilterLine[]): string {
  return lines.length ? lines.map((line) => t('describe.line', { label: line.label, value: line.value })).join('; ') : t('print.noFilters');
}
