import type { MarkKind } from './source-records';
import { MARK_KINDS } from './source-records';
import { useT } from '../../i18n/use-t';

/** What each highlight style means, with how many records of each kind the text holds. */
export function SourceLegend({ counts }: { counts: Record<MarkKind, number> }) {
  const t = useT();
  return (
    <div>
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">{t('source.legend')}</h3>
      <ul className="mt-1.5 space-y-2 text-sm leading-6">
        {MARK_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`src-k-${kind} font-medium`}>{t(`source.kind.${kind}`)}</span>{' '}
            <span className="text-muted">
              ({counts[kind]}) · {t(`source.style.${kind}`)}
            </span>
          </li>
        ))}
        <li>
          <span className="src-sample-selected px-0.5">{t('decisions.selected')}</span>{' '}
          <span className="text-muted">{t('source.legendSelected')}</span>
        </li>
        <li>
          <span className="src-sample-marked">{t('source.marked')}</span>{' '}
          <span className="text-muted">{t('source.legendMarked')}</span>
        </li>
      </ul>
      <p className="mt-1.5 text-xs text-muted">{t('source.legendHelp')}</p>
    </div>
  );
}
