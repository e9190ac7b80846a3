import type { DatasetIndex } from '../../data/dataset-index';
import { formatCalendarDate } from '../../lib/format-date';
import { FACETS, facetName, NO_FILTERS } from '../../state/select-meetings';
import type { ViewState } from '../../state/view-state';
import { useOnline } from '../../ui/use-online';
import { useT } from '../../i18n/use-t';
import { facetLabel } from '../../state/facet-label';
import type { Translate } from '../../i18n/translate';

interface ActiveFiltersProps {
  index: DatasetIndex;
  view: ViewState;
  update: (patch: Partial<ViewState>) => void;
  shown: number;
  total: number;
  /** The search index is still loading. */
  searching: boolean;
  /** The search's code could not be loaded (offline): the count says so, with Try again. */
  searchFailed?: boolean;
  retrySearch?: () => void;
}

interface Chip {
  key: string;
  label: string;
  remove: Partial<ViewState>;
}

function chipsOf(index: DatasetIndex, view: ViewState, t: Translate): Chip[] {
  const chips: Chip[] = [];
  for (const facet of FACETS) {
    for (const id of view[facet]) {
      chips.push({
        key: `${facet}:${id}`,
        label: facetLabel(t, facet, id, facetName(index, facet, id)),
        remove: { [facet]: view[facet].filter((v) => v !== id) },
      });
    }
  }
  if (view.from) chips.push({ key: 'from', label: t('filters.from', { date: formatCalendarDate(view.from, t.lang) }), remove: { from: null } });
  if (view.to) chips.push({ key: 'to', label: t('filters.to', { date: formatCalendarDate(view.to, t.lang) }), remove: { to: null } });
  if (view.q) chips.push({ key: 'q', label: t('filters.search', { q: view.q }), remove: { q: '' } });
  return chips;
}

/** The count of meetings shown (announced politely), removable chips and "Clear all". */
export function ActiveFilters(props: ActiveFiltersProps) {
  const { index, view, update, shown, total, searching, searchFailed, retrySearch } = props;
  const t = useT();
  const chips = chipsOf(index, view, t);
  const online = useOnline();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" aria-live="polite" className="mr-2 text-sm font-medium">
        {searchFailed
          ? online
            ? t('filters.searchFailed')
            : t('offline.note')
          : searching
            ? t('filters.searching')
            : t('filters.shown', { shown, total })}
      </p>
      {searchFailed && (
        <button type="button" onClick={retrySearch} className="text-sm font-medium text-accent underline underline-offset-2">
          {t('action.tryAgain')}
        </button>
      )}
      {chips.length > 0 && (
        <ul aria-label={t('filters.active')} className="flex flex-wrap gap-2">
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                onClick={() => update(chip.remove)}
                aria-label={t('filters.remove', { label: chip.label })}
                className="inline-flex items-center gap-1 rounded-full border border-accent/50 bg-accent-soft px-3 py-1 text-sm hover:border-accent"
              >
                <span className="max-w-[16rem] truncate">{chip.label}</span>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chips.length > 0 && (
        <button
          type="button"
          onClick={() =>
            update(NO_FILTERS)
          }
          className="text-sm font-medium text-accent underline underline-offset-2"
        >
          {t('filters.clearAll')}
        </button>
      )}
    </div>
  );
}
