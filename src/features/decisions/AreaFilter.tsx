import type { Area } from '../../data/schema';
import type { AreaCount } from './group-decisions';
import { toggleArea } from './group-decisions';
import { useT } from '../../i18n/use-t';
import { recordName } from '../../i18n/record-names';

interface AreaFilterProps {
  counts: AreaCount[];
  /** The chosen area ids; none means all areas. */
  selected: string[];
  total: number;
  onChange: (areaIds: string[]) => void;
}

const chip = 'inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm';

/** The decision-area filter (`area`): one checkbox chip per area with its count, and "All areas". */
export function AreaFilter({ counts, selected, total, onChange }: AreaFilterProps) {
  const order: Area[] = counts.map((c) => c.area);
  const all = selected.length === 0;
  const t = useT();
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold">{t('decisions.areas')}</legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        <button
          type="button"
          aria-pressed={all}
          onClick={() => onChange([])}
          className={`${chip} ${all ? 'border-accent bg-accent-soft font-semibold' : 'border-line bg-paper hover:border-accent'}`}
        >
          {t('decisions.allAreas')} <span className="text-muted tabular-nums">{total}</span>
        </button>
        {counts.map(({ area, count }) => {
          const checked = selected.includes(area.id);
          return (
            <label
              key={area.id}
              className={`${chip} cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent ${
                checked ? 'border-accent bg-accent-soft font-semibold' : 'border-line bg-paper hover:border-accent'
              }`}
            >
              <input
                type="checkbox"
                checked={checked}
                onChange={() => onChange(toggleArea(selected, area.id, order))}
                className="size-3.5 accent-[var(--color-accent)] focus-visible:outline-none"
              />
              {recordName(t, 'area', area.id, area.name)} <span className="text-muted tabular-nums">{count}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
