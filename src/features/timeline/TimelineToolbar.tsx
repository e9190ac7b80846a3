import type { DatasetIndex } from '../../data/dataset-index';
import { dayToIso } from '../../lib/calendar-date';
import { GROUPS, type GroupBy, type ViewState } from '../../state/view-state';
import { useT } from '../../i18n/use-t';
import { facetHeading } from '../../state/facet-label';

interface TimelineToolbarProps {
  index: DatasetIndex;
  view: ViewState;
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** The current zoom factor and its limits, to disable buttons that can do nothing. */
  zoomScale: number;
  zoomExtent: [number, number];
  /** The view shows exactly the whole date range. */
  fitted: boolean;
}

const buttonClass =
  'rounded-md border border-line bg-paper px-3 py-1.5 text-sm font-medium hover:border-accent disabled:opacity-50';

/** Lane grouping, the date range, and zoom buttons so that nothing needs a drag. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  const t = useT();
  const { index, view, update, onZoomIn, onZoomOut, onFit, zoomScale, zoomExtent, fitted } = props;
  const min = dayToIso(index.span.startDay);
  const max = dayToIso(index.span.endDay);
  return (
    <div className="mt-3 flex flex-wrap items-end gap-x-4 gap-y-2">
      {/* Each control inside its label: the label names it, with no ids to pair. */}
      <label className="text-sm">
        <span className="block font-medium">{t('timeline.lanesBy')}</span>
        <select
          value={view.group}
          onChange={(event) => update({ group: event.target.value as GroupBy })}
          className="mt-0.5 rounded-md border border-line bg-paper px-2 py-1.5"
        >
          {GROUPS.map((group) => (
            <option key={group} value={group}>
              {facetHeading(t, group)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t('timeline.from')}</span>
        <input
          type="date"
          min={min}
          max={view.to ?? max}
          value={view.from ?? ''}
          onChange={(event) => {
            const from = event.target.value || null;
            // A start after the end clears the end rather than making an impossible range.
            update(from && view.to && from > view.to ? { from, to: null } : { from });
          }}
          className="mt-0.5 rounded-md border border-line bg-paper px-2 py-1"
        />
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t('timeline.to')}</span>
        <input
          type="date"
          min={view.from ?? min}
          max={max}
          value={view.to ?? ''}
          onChange={(event) => {
            const to = event.target.value || null;
            update(to && view.from && to < view.from ? { to, from: null } : { to });
          }}
          className="mt-0.5 rounded-md border border-line bg-paper px-2 py-1"
        />
      </label>
      <div role="group" aria-label={t('timeline.zoom')} className="flex gap-1">
        <button type="button" className={buttonClass} onClick={onZoomIn} aria-label={t('timeline.zoomIn')} disabled={zoomScale >= zoomExtent[1]}>
          +
        </button>
        <button type="button" className={buttonClass} onClick={onZoomOut} aria-label={t('timeline.zoomOut')} disabled={zoomScale <= zoomExtent[0]}>
          −
        </button>
        <button type="button" className={buttonClass} onClick={onFit} disabled={fitted}>
          {t('timeline.fitAll')}
        </button>
      </div>
    </div>
  );
}
