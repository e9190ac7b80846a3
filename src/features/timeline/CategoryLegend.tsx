import { symbol } from 'd3-shape';
import type { DatasetIndex } from '../../data/dataset-index';
import { categoryStyle } from '../../ui/category-style';
import { useT } from '../../i18n/use-t';
import { recordName } from '../../i18n/record-names';
import type { MessageId } from '../../i18n/message-ids';

/** Colour and shape of each category, plus the summit: colour is never the only signal. */
export function CategoryLegend({ index }: { index: DatasetIndex }) {
  const t = useT();
  return (
    <ul aria-label={t('timeline.legend')} data-picture-legend="timeline" className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
      {index.dataset.categories.map((category, position) => {
        const style = categoryStyle(category.id, position);
        return (
          <li key={category.id} className="flex items-center gap-1.5">
            <svg width={14} height={14} aria-hidden="true">
              <path transform="translate(7,7)" d={symbol(style.symbol, 90)() ?? ''} fill={style.color} />
            </svg>
            {recordName(t, 'category', category.id, category.name)}{' '}
            <span className="sr-only">({t(`shape.${style.shapeName}` as MessageId)})</span>
          </li>
        );
      })}
      <li className="flex items-center gap-1.5">
        <svg width={22} height={14} aria-hidden="true">
          <rect x={1} y={2} width={20} height={10} rx={2} fill="var(--color-summit)" />
        </svg>
        {t('timeline.summit')}
      </li>
      <li className="flex items-center gap-1.5">
        <svg width={22} height={14} aria-hidden="true">
          <rect x={1} y={3} width={20} height={8} rx={2} fill="var(--color-muted)" />
        </svg>
        {t('timeline.bar')}
      </li>
    </ul>
  );
}
