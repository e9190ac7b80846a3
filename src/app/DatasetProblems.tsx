import type { DataValidationError } from '../data/load-dataset';
import { problemText } from '../i18n/problem-text';
import { useT } from '../i18n/use-t';
import { word } from '../i18n/word';

/** Problems listed at once; the rest are counted. */
const SHOWN = 50;

/** A dataset file that is not valid: which, and each problem, by record and field. */
export function DatasetProblems({ error }: { error: DataValidationError }) {
  const t = useT();
  const { file, problems } = error;
  return (
    <>
      <p className="mt-2 text-muted">{t('load.invalidFile', { file, count: problems.length })}</p>
      <p className="mt-4">{t('load.problems')}</p>
      <ul
        aria-label={t('load.problemsLabel')}
        className="mt-2 list-disc space-y-1 pl-6 font-mono text-sm wrap-anywhere"
      >
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>{word(t, problemText(problem))}</li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="mt-2 text-sm text-muted">
          {t('load.more', { count: problems.length - SHOWN })}
        </p>
      )}
    </>
  );
}
