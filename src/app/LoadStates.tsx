import { DataFetchError, DataValidationError } from '../data/load-dataset';
import { formatProblem } from '../data/problem';
import { OFFLINE_NOTE, useOnline, useOnReconnect } from '../ui/use-online';

export function Loading() {
  return (
    <main className="mx-auto max-w-3xl p-8" aria-busy="true">
      <p role="status" className="text-lg text-muted">
        Loading the dataset…
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
  const fetchFailed = error instanceof DataFetchError;
  const online = useOnline();
  // A file that could not be fetched is fetched again as soon as the connection returns.
  useOnReconnect(onRetry, fetchFailed);
  return (
    <main className="mx-auto max-w-3xl p-8">
      <div role="alert" className="rounded-lg border border-line bg-panel p-6 shadow-sm">
        <h1 className="font-serif text-2xl font-semibold">
          {invalid ? 'The dataset is not valid' : 'The dataset could not be loaded'}
        </h1>
        <p className="mt-2 text-muted">{error.message}</p>
        {invalid ? (
          <>
            <p className="mt-4">The file has these problems:</p>
            <ul aria-label="Validation problems" className="mt-2 list-disc space-y-1 pl-6 font-mono text-sm">
              {error.problems.slice(0, 50).map((problem, i) => (
                <li key={i}>{formatProblem(problem)}</li>
              ))}
            </ul>
            {error.problems.length > 50 && (
              <p className="mt-2 text-sm text-muted">…and {error.problems.length - 50} more.</p>
            )}
          </>
        ) : (
          <p className="mt-4">
            {!fetchFailed ? 'Something went wrong.' : online ? 'Check the connection and try again.' : OFFLINE_NOTE}
          </p>
        )}
        <button
          type="button"
          onClick={onRetry}
          className="mt-6 rounded-md bg-accent px-4 py-2 font-medium text-paper hover:opacity-90"
        >
          Retry
        </button>
      </div>
    </main>
  );
}
