import { useT } from '../../i18n/use-t';
import { downloadText } from '../../lib/download';
import type { RowProblem } from './own-data-types';
import { problemsCsv, problemsFileName } from './problems-csv';
import { wordProblem } from './word-problem';

/** Rows shown at once; the download holds them all. */
const SHOWN = 100;

interface RowProblemsProps {
  problems: readonly RowProblem[];
  fileName: string;
  className?: string;
}

/** The rows a file could not give, each named as a spreadsheet shows it, and the list as CSV. */
export function RowProblems({ problems, fileName, className = '' }: RowProblemsProps) {
  const t = useT();
  return (
    <div className={className}>
      <ul
        aria-label={t('ownData.problemsList')}
        className="max-h-72 list-disc space-y-1 overflow-y-auto pl-6 font-mono text-sm wrap-anywhere"
      >
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>{wordProblem(t, problem)}</li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="mt-2 text-sm text-muted">
          {t('ownData.problemsMore', { count: problems.length - SHOWN })}
        </p>
      )}
      <button
        type="button"
        onClick={() =>
          downloadText(
            problemsCsv(t, problems),
            problemsFileName(fileName),
            'text/csv;charset=utf-8',
          )
        }
        className="mt-3 rounded-md border border-line px-3 py-1 text-sm font-medium hover:border-accent"
      >
        {t('ownData.problemsDownload')}
      </button>
    </div>
  );
}
