import { symbol } from 'd3-shape';
import type { DatasetIndex } from '../../data/dataset-index';
import { categoryStyle } from '../../ui/category-style';

/** Colour and shape of each category, plus the summit: colour is never the only signal. */
export function CategoryLegend({ index }: { index: DatasetIndex }) {
  return (
    <ul aria-label="Legend" data-picture-legend="timeline" className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
      {index.dataset.categories.map((category, position) => {
        const style = categoryStyle(category.id, position);
        return (
          <li key={category.id} className="flex items-center gap-1.5">
            <svg width={14} height={14} aria-hidden="true">
              <path transform="translate(7,7)" d={symbol(style.symbol, 90)() ?? ''} fill={style.color} />
            </svg>
            {category.name} <span className="sr-only">({style.shapeName})</span>
          </li>
        );
      })}
      <li className="flex items-center gap-1.5">
        <svg width={22} height={14} aria-hidden="true">
          <rect x={1} y={2} width={20} height={10} rx={2} fill="var(--color-summit)" />
        </svg>
        Summit (★)
      </li>
      <li className="flex items-center gap-1.5">
        <svg width={22} height={14} aria-hidden="true">
          <rect x={1} y={3} width={20} height={8} rx={2} fill="var(--color-muted)" />
        </svg>
        Bar: a meeting of several days
      </li>
    </ul>
  );
}
