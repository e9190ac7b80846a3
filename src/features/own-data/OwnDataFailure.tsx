import { useT } from '../../i18n/use-t';
import { OwnDataError } from './own-data-types';
import { RowProblems } from './RowProblems';
import { wordFailure } from './word-problem';

interface OwnDataFailureProps {
  error: Error;
  origin: string;
  onRetry: () => void;
  onBundled: () => void;
}

/** Failures a new try may mend: the network's, not the file's. */
const RETRYABLE = new Set<OwnDataError['reason'] | null>([
  null,
  'unreachable',
  'timeout',
  'http',
  'stopped',
]);

/** A user's data that could not be shown: why, in plain words, with the bundled data offered. */
export function OwnDataFailure({ error, origin, onRetry, onBundled }: OwnDataFailureProps) {
  const t = useT();
  const reason = error instanceof OwnDataError ? error.reason : null;
  const problems = error instanceof OwnDataError ? error.problems : [];
  return (
    <main className="mx-auto max-w-3xl p-8">
      <div role="alert" className="rounded-lg border border-line bg-panel p-6 shadow-sm">
        <h1 className="font-serif text-2xl font-semibold">
          {reason ? t(`ownData.failed.${reason}`) : t('ownData.failedTitle')}
        </h1>
        <p className="mt-2 text-muted wrap-anywhere">{origin}</p>
        <p className="mt-3 wrap-anywhere">{wordFailure(t, error)}</p>
        {problems.length > 0 && (
          <RowProblems problems={problems} fileName={origin} className="mt-4" />
        )}
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={onBundled}
            className="rounded-md bg-accent px-4 py-2 font-medium text-paper hover:opacity-90"
          >
            {t('ownData.openBundled')}
          </button>
          {RETRYABLE.has(reason) && (
            <button
              type="button"
              onClick={onRetry}
              className="rounded-md border border-line px-4 py-2 font-medium hover:border-accent"
            >
              {t('action.tryAgain')}
            </button>
          )}
        </div>
      </div>
    </main>
  );
}
