import { DataFetchError, DataValidationError } from '../data/load-dataset';
import { useOnline, useOnReconnect } from '../ui/use-online';
import { useT } from '../i18n/use-t';
import { lazyComponent } from '../ui/lazy-component';
import { retryableImport } from '../lib/retryable-import';
import { LazySection } from './LazySection';

/** A broken file's problems, worded in the page's language: rare, so not in the first view. */
const DatasetProblems = lazyComponent(retryableImport(() => import('./DatasetProblems')), (m) => m.DatasetProblems);

export function Loading() {
  const t = useT();
  return (
    <main className="mx-auto max-w-3xl p-8" aria-busy="true">
      <p role="status" className="text-lg text-muted">
        {t('load.dataset')}
      </p>
    </main>
  );
}

interface LoadErrorProps {
  error: Error;
  onRetry: () => void;
}

/** A failed load names the failure; a network failure offers Retry, a bad file lists its problems. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  const invalid = error instanceof DataValidationError;
  const t = useT();
  const fetchFailed = error instanceof DataFetchError;
  const online = useOnline();
  // A file that could not be fetched is fetched again as soon as the connection returns.
  useOnReconnect(onRetry, fetchFailed);
  return (
    <main className="mx-auto max-w-3xl p-8">
      <div role="alert" className="rounded-lg border border-line bg-panel p-6 shadow-sm">
        <h1 className="font-serif text-2xl font-semibold">
          {invalid ? t('load.invalid') : t('load.failed')}
        </h1>
        {invalid ? (
          <LazySection name="problems">
            <DatasetProblems error={error} />
          </LazySection>
        ) : (
          <>
            <p className="mt-2 text-muted">
              {fetchFailed ? t('load.fetchFailed', { file: error.file, status: error.status ?? 'none' }) : error.message}
            </p>
            <p className="mt-4">
              {!fetchFailed ? t('load.somethingWrong') : online ? t('load.checkConnection') : t('offline.note')}
            </p>
          </>
        )}
        <button
          type="button"
          onClick={onRetry}
          className="mt-6 rounded-md bg-accent px-4 py-2 font-medium text-paper hover:opacity-90"
        >
          {t('action.retry')}
        </button>
      </div>
    </main>
  );
}
