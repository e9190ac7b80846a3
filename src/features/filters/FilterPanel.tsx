import { memo, useCallback, type ChangeEvent } from 'react';
import { FACETS, type Facet, type FacetOption } from '../../state/select-meetings';
import { useUpdateView, useViewSlice } from '../../state/view-slice';
import { useT } from '../../i18n/use-t';
import { facetHeading, facetLabel } from '../../state/facet-label';

interface FilterPanelProps {
  facets: Record<Facet, FacetOption[]>;
}

/**
 * Multi-select facets; each option shows its count under the other active filters. Whether an
 * option is ticked comes from the URL, never from `facets`: on large datasets the counts may
 * arrive a moment after the click, the tick may not. A selection does not render the panel.
 * Each option is a memoised row sharing one change handler (its checkbox names its facet and
 * value): React rewrites an input's `type` and `name` whenever it renders it, so a render of
 * every row would touch every checkbox. A filter renders the rows it changes, and the render
 * that follows the URL's update renders none.
 */
export function FilterPanel({ facets }: FilterPanelProps) {
  const t = useT();
  const view = useViewSlice(FACETS);
  const update = useUpdateView();
  const toggle = useCallback(
    ({ currentTarget: { name, value: id } }: ChangeEvent<HTMLInputElement>) =>
      update((now) => {
        const current = now[name as Facet];
        return { [name]: current.includes(id) ? current.filter((v) => v !== id) : [...current, id] };
      }),
    [update],
  );
  return (
    <div className="space-y-4">
      {FACETS.map((facet) => (
        <fieldset key={facet} className="rounded-lg border border-line bg-panel p-3">
          <legend className="px-1 text-sm font-semibold">{facetHeading(t, facet)}</legend>
          <ul className="max-h-64 space-y-0.5 overflow-y-auto">
            {facets[facet].map((option) => (
              <OptionRow
                key={option.id}
                facet={facet}
                id={option.id}
                label={facetLabel(t, facet, option.id, option.name)}
                count={option.count}
                checked={view[facet].includes(option.id)}
                onToggle={toggle}
              />
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}

interface OptionRowProps {
  facet: Facet;
  id: string;
  label: string;
  count: number;
  checked: boolean;
  onToggle: (event: ChangeEvent<HTMLInputElement>) => void;
}

const OptionRow = memo(function OptionRow({ facet, id, label, count, checked, onToggle }: OptionRowProps) {
  return (
    <li>
      <label
        className={`flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-accent-soft ${
          count === 0 && !checked ? 'text-muted' : ''
        }`}
      >
        <input type="checkbox" name={facet} value={id} checked={checked} onChange={onToggle} className="size-4 accent-accent" />
        <span className="min-w-0 flex-1">
          {label} <span className="text-muted tabular-nums">({count})</span>
        </span>
      </label>
    </li>
  );
});
