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
 */
export function FilterPanel({ facets }: FilterPanelProps) {
  const t = useT();
  const view = useViewSlice(FACETS);
  const update = useUpdateView();
  const toggle = (facet: Facet, id: string) =>
    update((now) => {
      const current = now[facet];
      return { [facet]: current.includes(id) ? current.filter((v) => v !== id) : [...current, id] };
    });
  return (
    <div className="space-y-4">
      {FACETS.map((facet) => (
        <fieldset key={facet} className="rounded-lg border border-line bg-panel p-3">
          <legend className="px-1 text-sm font-semibold">{facetHeading(t, facet)}</legend>
          <ul className="max-h-64 space-y-0.5 overflow-y-auto">
            {facets[facet].map((option) => {
              const checked = view[facet].includes(option.id);
              return (
                <li key={option.id}>
                  <label
                    className={`flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-accent-soft ${
                      option.count === 0 && !checked ? 'text-muted' : ''
                    }`}
                  >
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={() => toggle(facet, option.id)}
                      className="size-4 accent-accent"
                    />
                    <span className="min-w-0 flex-1">
                      {facetLabel(t, facet, option.id, option.name)}{' '}
                      <span className="text-muted tabular-nums">({option.count})</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
