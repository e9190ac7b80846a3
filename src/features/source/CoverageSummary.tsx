import type { CoverageSummary as Summary } from './coverage';
import type { SourceRecord } from './source-records';
import { useT } from '../../i18n/use-t';

interface CoverageSummaryProps {
  summary: Summary;
  /** Records whose quotes the text does not hold (none in a valid dataset). */
  missing: SourceRecord[];
  onShowParagraph: (paragraphId: string) => void;
}


/** How many sentences feed a record, and the ones that feed none, so a reader can check them. */
export function CoverageSummary({ summary, missing, onShowParagraph }: CoverageSummaryProps) {
  const headings = summary.unfed.filter((s) => s.heading).length;
  const t = useT();
  return (
    <div className="rounded-md border border-line bg-paper p-3 text-sm">
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">{t('source.coverage')}</h3>
      <p className="mt-1" data-testid="coverage-summary">
        <span className="font-semibold">{t('source.coverageFed', { fed: summary.fed, total: summary.total })}</span>{' '}
        {t('source.coverageFedRest')}
      </p>
      {summary.unfed.length === 0 ? (
        <p className="mt-1">{t('source.coverageAll')}</p>
      ) : (
        <>
          <p className="mt-2 font-medium">{t('source.coverageUnfed', { count: summary.unfed.length })}</p>
          <ul className="mt-1 space-y-1">
            {summary.unfed.map((sentence) => (
              <li key={`${sentence.paragraphId}-${sentence.start}`}>
                <button
                  type="button"
                  onClick={() => onShowParagraph(sentence.paragraphId)}
                  className="text-left text-accent underline underline-offset-2"
                >
                  ¶ {sentence.paragraphNumber}
                </button>{' '}
                “{sentence.text}”
                {sentence.heading && <span className="text-muted"> ({t(`source.headingNote.${sentence.heading}`)})</span>}
              </li>
            ))}
          </ul>
          {headings > 0 && (
            <p className="mt-2 text-xs text-muted">{t('source.headingLines')}</p>
          )}
        </>
      )}
      {missing.length > 0 && (
        <p className="mt-2 font-medium">
          {t('source.missing', { count: missing.length, labels: missing.map((r) => r.label).join('; ') })}
        </p>
      )}
      <p className="mt-2 text-xs text-muted">{t('source.coverageHelp')}</p>
    </div>
  );
}
